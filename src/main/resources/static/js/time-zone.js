// On a user's first pages, before they have a time zone: take the browser's, so that times and "today" are
// theirs from the start. The server keeps a zone once chosen; the page reloads only if its times change.
(function () {
    var address = document.body.dataset.zoneFromBrowser;
    var zone = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!address || !zone) {
        return;
    }
    var csrf = document.querySelector('meta[name="csrf"]');
    var headers = {'Content-Type': 'application/x-www-form-urlencoded'};
    if (csrf) {
        headers[csrf.dataset.header] = csrf.content;
    }
    fetch(address, {method: 'POST', headers: headers, credentials: 'same-origin',
        body: new URLSearchParams({timeZone: zone})})
        .then(function (answer) {
            if (answer.ok && zone !== document.body.dataset.zone) {
                window.location.reload();
            }
        });
})();
