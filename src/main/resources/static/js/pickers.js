// Choosing people, team members and partners by typing: a click on a found option (or Enter) makes it a chip, whose
// hidden input the form sends; the chip's × takes it away again. The options come from the server (htmx).
(function () {
    'use strict';

    function choose(option) {
        const picker = option.closest('.picker');
        const chips = picker.querySelector('.chips');
        const search = picker.querySelector('input[type=search]');
        const taken = Array.from(chips.querySelectorAll('input[type=hidden]')).some(i => i.value === option.dataset.id);
        if (!taken && picker.hasAttribute('data-single')) {
            // A picker of one record: the new choice takes the place of the old.
            chips.replaceChildren();
        }
        if (!taken) {
            const chip = document.createElement('li');
            chip.className = 'chip';
            const name = document.createElement('span');
            name.textContent = option.dataset.name;
            const input = document.createElement('input');
            input.type = 'hidden';
            input.name = option.dataset.field;
            input.value = option.dataset.id;
            const remove = document.createElement('button');
            remove.type = 'button';
            remove.className = 'chip-remove';
            remove.setAttribute('aria-label', 'Remove ' + option.dataset.name);
            remove.textContent = '×';
            chip.append(name, input, remove);
            chips.append(chip);
        }
        picker.querySelector('.choices').replaceChildren();
        search.value = '';
        search.setAttribute('aria-expanded', 'false');
        search.focus();
    }

    document.addEventListener('click', event => {
        const option = event.target.closest('.picker button.option');
        if (option) {
            choose(option);
            return;
        }
        const remove = event.target.closest('.picker button.chip-remove');
        if (remove) {
            const search = remove.closest('.picker').querySelector('input[type=search]');
            remove.closest('.chip').remove();
            search.focus();
        }
    });

    // Enter in the search box takes the first option instead of sending the form half filled.
    document.addEventListener('keydown', event => {
        if (event.key !== 'Enter' || !event.target.matches('.picker input[type=search]')) {
            return;
        }
        event.preventDefault();
        const first = event.target.closest('.picker').querySelector('button.option');
        if (first) {
            choose(first);
        }
    });

    document.addEventListener('htmx:afterSwap', event => {
        const list = event.detail.target;
        if (list.matches && list.matches('.picker .choices')) {
            const search = list.closest('.picker').querySelector('input[type=search]');
            search.setAttribute('aria-expanded', list.querySelector('button.option') ? 'true' : 'false');
        }
    });
})();
