/*
 * Draws each site's adoption chart on the deployment page: active users day by day over the site's last 90 days of
 * usage, and the line of active use (the workspace's share of the seats) across it. The data comes from the usage
 * endpoint named by the canvas (data-usage); Chart.js is the WebJar's.
 */
(function () {
    'use strict';

    var DAY = 24 * 60 * 60 * 1000;

    function at(day) {
        var parts = day.split('-');
        return Date.UTC(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]));
    }

    function label(ms) {
        return new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    }

    /**
     * The span drawn: the series' own, but a site with only a few weeks of usage is drawn from just before its first
     * day (three weeks at least), not as a short stub at the end of three empty months.
     */
    function start(usage) {
        var from = at(usage.from);
        var to = at(usage.to);
        var first = usage.days.length ? at(usage.days[0].day) : from;
        return Math.max(from, Math.min(first - 2 * DAY, to - 20 * DAY));
    }

    /** A day without a count is a gap in the line, not a fall to zero. */
    function points(usage, from) {
        var byDay = {};
        usage.days.forEach(function (p) { byDay[p.day] = p.activeUsers; });
        var list = [];
        for (var t = from; t <= at(usage.to); t += DAY) {
            var key = new Date(t).toISOString().slice(0, 10);
            list.push({ x: t, y: Object.prototype.hasOwnProperty.call(byDay, key) ? byDay[key] : null });
        }
        return list;
    }

    function draw(canvas, usage) {
        var from = start(usage);
        var to = at(usage.to);
        var narrow = canvas.parentNode.clientWidth < 480;
        var top = Math.max(usage.licensedSeats, usage.thresholdUsers,
            usage.days.reduce(function (m, p) { return Math.max(m, p.activeUsers); }, 0));
        var chart = new window.Chart(canvas, {
            type: 'line',
            data: {
                datasets: [{
                    label: 'Active users',
                    data: points(usage, from),
                    borderColor: '#0f6e6a',
                    backgroundColor: 'rgba(15, 110, 106, .10)',
                    borderWidth: 2,
                    fill: true,
                    spanGaps: false,
                    pointRadius: usage.days.length > 30 ? 0 : 2,
                    pointHitRadius: 6,
                    tension: 0
                }, {
                    label: 'Active use: ' + usage.thresholdUsers + ' of ' + usage.licensedSeats + ' seats ('
                        + usage.sharePercent + '%)',
                    data: [{ x: from, y: usage.thresholdUsers }, { x: to, y: usage.thresholdUsers }],
                    borderColor: '#b45309',
                    borderDash: [6, 4],
                    borderWidth: 2,
                    fill: false,
                    pointRadius: 0,
                    pointHitRadius: 0
                }]
            },
            options: {
                animation: false,
                maintainAspectRatio: false,
                parsing: false,
                interaction: { mode: 'nearest', axis: 'x', intersect: false },
                scales: {
                    x: {
                        type: 'linear', min: from, max: to,
                        ticks: {
                            maxTicksLimit: narrow ? 4 : 7,
                            maxRotation: 0,
                            callback: function (value) { return label(value); }
                        },
                        grid: { display: false }
                    },
                    y: {
                        min: 0, suggestedMax: top, beginAtZero: true,
                        ticks: { precision: 0 },
                        title: { display: !narrow, text: 'Active users' }
                    }
                },
                plugins: {
                    legend: { position: 'bottom', labels: { boxWidth: 14, font: { size: 11 } } },
                    tooltip: {
                        filter: function (item) { return item.datasetIndex === 0 && item.parsed.y !== null; },
                        callbacks: {
                            title: function (items) { return items.length ? label(items[0].parsed.x) : ''; },
                            label: function (item) {
                                return item.parsed.y + ' of ' + usage.licensedSeats + ' seats active';
                            }
                        }
                    }
                }
            }
        });
        canvas.setAttribute('data-drawn', String(usage.days.length));
        return chart;
    }

    function drawAll() {
        if (!window.Chart) {
            return;
        }
        document.querySelectorAll('canvas[data-usage]:not([data-drawn])').forEach(function (canvas) {
            canvas.setAttribute('data-drawn', 'loading');
            fetch(canvas.getAttribute('data-usage'), {
                credentials: 'same-origin',
                headers: { Accept: 'application/json' }
            }).then(function (response) {
                if (!response.ok) {
                    throw new Error('The site usage answered ' + response.status);
                }
                return response.json();
            }).then(function (usage) {
                draw(canvas, usage);
            }).catch(function () {
                canvas.setAttribute('data-drawn', 'failed');
                var note = document.createElement('p');
                note.className = 'muted';
                note.textContent = 'The chart could not be loaded; the bar above shows the latest day.';
                canvas.parentNode.after(note);
            });
        });
    }

    document.addEventListener('htmx:load', drawAll);
    document.addEventListener('DOMContentLoaded', drawAll);
}());
