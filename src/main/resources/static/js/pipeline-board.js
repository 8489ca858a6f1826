// The pipeline board: dragging a card onto another column moves the deal. The drop only chooses the column's
// stage in the card's own "Move to" form and sends it, so a drag does exactly what the menu does (same address,
// same CSRF token, same answer), and the menu stays for touch screens and keyboards.
(function () {
    'use strict';

    let dragged = null;

    function columnOf(target) {
        return target instanceof Element ? target.closest('.board-column[data-stage-id]') : null;
    }

    document.addEventListener('dragstart', event => {
        const card = event.target instanceof Element ? event.target.closest('.deal-card[data-deal-id]') : null;
        if (!card) {
            return;
        }
        dragged = card;
        card.classList.add('dragging');
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', card.dataset.dealId);
    });

    document.addEventListener('dragend', () => {
        if (dragged) {
            dragged.classList.remove('dragging');
        }
        dragged = null;
        document.querySelectorAll('.board-column.drop-here').forEach(c => c.classList.remove('drop-here'));
    });

    document.addEventListener('dragover', event => {
        const column = columnOf(event.target);
        if (!column || !dragged) {
            return;
        }
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        if (!column.classList.contains('drop-here')) {
            document.querySelectorAll('.board-column.drop-here').forEach(c => c.classList.remove('drop-here'));
            column.classList.add('drop-here');
        }
    });

    document.addEventListener('drop', event => {
        const column = columnOf(event.target);
        if (!column) {
            return;
        }
        event.preventDefault();
        const id = event.dataTransfer.getData('text/plain') || (dragged && dragged.dataset.dealId);
        const card = id ? document.querySelector('.deal-card[data-deal-id="' + CSS.escape(id) + '"]') : null;
        const form = card ? card.querySelector('form[data-move-form]') : null;
        column.classList.remove('drop-here');
        if (!form || card.closest('.board-column') === column) {
            return;
        }
        form.elements.stageId.value = column.dataset.stageId;
        const status = document.getElementById('board-status');
        if (status) {
            status.textContent = 'Moving ' + card.querySelector('.deal-card-name').textContent + '…';
        }
        form.requestSubmit();
    });
})();
