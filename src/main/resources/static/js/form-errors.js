// A form that came back with errors opens on its summary, so that the errors are read first and each links to its field.
(function () {
    function focusSummary() {
        var summary = document.querySelector('[data-error-summary]');
        if (summary) {
            summary.focus();
        }
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', focusSummary);
    } else {
        focusSummary();
    }
    // A link of the summary moves focus into its field, not only the view.
    document.addEventListener('click', function (event) {
        var link = event.target.closest && event.target.closest('[data-error-summary] a[href^="#"]');
        if (!link) {
            return;
        }
        var field = document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1)));
        if (field) {
            event.preventDefault();
            field.focus();
            field.scrollIntoView({block: 'center'});
        }
    });
})();
