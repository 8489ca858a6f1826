// On a phone the main navigation is one row that slides sideways: bring the page's own link into view.
document.addEventListener('DOMContentLoaded', () => {
    const nav = document.querySelector('.nav');
    const active = nav && nav.querySelector('a.active');
    if (active && nav.scrollWidth > nav.clientWidth) {
        nav.scrollLeft = active.offsetLeft - nav.offsetLeft - (nav.clientWidth - active.offsetWidth) / 2;
    }
});
