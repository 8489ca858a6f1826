/*
 * Draws the figures page's charts from the table of figures per owner (each row's cells marked data-key), so the page
 * needs no inline script and the table stays the chart's text alternative: outcomes per owner, and active use
 * per owner. Bars run sideways so that a long list of owners and long names fit a phone. Chart.js is the WebJar's.
 */
(function () {
    'use strict';

    var SETS = {
        outcomes: [
            { key: 'won', label: 'Won', color: '#0f6e6a' },
            { key: 'lost', label: 'Lost', color: '#b3261e' },
            { key: 'walkedAway', label: 'Walked away', color: '#94a3b8' }
        ],
        'active-use': [
            { key: 'reached', label: 'Won deals in active use', color: '#1d4f91' },
            { key: 'inUse', label: 'Deployments in active use now', color: '#b45309' }
        ]
    };

    function rows(table) {
        return Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    }

    /** The text of the row's cell for this key. */
    function cell(row, key) {
        var found = row.querySelector('td[data-key="' + key + '"]');
        return found ? found.textContent.trim() : '';
    }

    function draw(canvas) {
        var table = document.getElementById(canvas.getAttribute('data-figures-table'));
        var sets = SETS[canvas.getAttribute('data-figures-chart')];
        if (!table || !sets) {
            return;
        }
        var owners = rows(table);
        // A bar's room per owner, so that twenty owners do not squeeze into the height of three.
        canvas.parentNode.style.height = Math.max(180, 60 + owners.length * 22 * Math.min(sets.length, 2)) + 'px';
        var chart = new window.Chart(canvas, {
            type: 'bar',
            data: {
                labels: owners.map(function (row) { return cell(row, 'owner'); }),
                datasets: sets.map(function (set) {
                    return {
                        label: set.label,
                        data: owners.map(function (row) { return Number(cell(row, set.key)) || 0; }),
                        backgroundColor: set.color,
                        borderWidth: 0,
                        maxBarThickness: 18
                    };
                })
            },
            options: {
                indexAxis: 'y',
                animation: false,
                maintainAspectRatio: false,
                scales: {
                    x: { beginAtZero: true, ticks: { precision: 0 } },
                    y: { ticks: { autoSkip: false, font: { size: 11 } } }
                },
                plugins: {
                    legend: { position: 'bottom', labels: { boxWidth: 12, font: { size: 11 } } }
                }
            }
        });
        canvas.setAttribute('data-drawn', String(chart.data.datasets.length));
    }

    function drawAll() {
        if (!window.Chart) {
            return;
        }
        document.querySelectorAll('canvas[data-figures-chart]:not([data-drawn])').forEach(draw);
    }

    document.addEventListener('htmx:load', drawAll);
    document.addEventListener('DOMContentLoaded', drawAll);
}());
