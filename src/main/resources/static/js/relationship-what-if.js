/*
 * Draws the what-if chart of the person page: the team's score projected month by month under a cadence,
 * with the tier thresholds as horizontal lines. The data comes from the what-if endpoint named by the canvas
 * (data-what-if); changing the cadence brings a new canvas (htmx), which is drawn in turn. Chart.js is the
 * WebJar's.
 */
(function () {
    'use strict';

    var TIER_COLORS = { acquaintance: '#1d4f91', relationship: '#1e6b35', trusted: '#0f6e6a' };

    function monthLabel(point) {
        if (point.month === 0) {
            return 'Now';
        }
        return new Date(Date.parse(point.at)).toLocaleDateString(undefined, { month: 'short' });
    }

    function fullDate(point) {
        return new Date(Date.parse(point.at)).toLocaleDateString(undefined, { month: 'long', year: 'numeric' });
    }

    /** The tier thresholds as lines across the chart with their names, under the projected line. */
    var thresholds = {
        id: 'whatIfThresholds',
        beforeDatasetsDraw: function (chart, args, options) {
            var y = chart.scales.y;
            var area = chart.chartArea;
            var ctx = chart.ctx;
            ctx.save();
            ctx.setLineDash([4, 3]);
            ctx.lineWidth = 1;
            ctx.font = '11px system-ui, sans-serif';
            ctx.textAlign = 'right';
            (options.tiers || []).forEach(function (tier) {
                var at = y.getPixelForValue(tier.from);
                ctx.strokeStyle = TIER_COLORS[tier.name];
                ctx.fillStyle = TIER_COLORS[tier.name];
                ctx.beginPath();
                ctx.moveTo(area.left, at);
                ctx.lineTo(area.right, at);
                ctx.stroke();
                // On the right: the line starts at today's score on the left, where a label would hide it.
                ctx.fillText(tier.name, area.right - 4, at - 3);
            });
            ctx.restore();
        }
    };

    function draw(canvas, whatIf) {
        var narrow = canvas.parentNode.clientWidth < 480;
        var chart = new window.Chart(canvas, {
            type: 'line',
            data: {
                labels: whatIf.points.map(monthLabel),
                datasets: [{
                    label: whatIf.sentence,
                    data: whatIf.points.map(function (p) { return p.score; }),
                    borderColor: '#b45309',
                    backgroundColor: 'rgba(180, 83, 9, .10)',
                    borderWidth: 2,
                    fill: true,
                    tension: 0.2,
                    pointRadius: narrow ? 2 : 3,
                    pointHitRadius: 10
                }]
            },
            plugins: [thresholds],
            options: {
                animation: false,
                maintainAspectRatio: false,
                interaction: { mode: 'index', intersect: false },
                scales: {
                    x: { ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 6 }, grid: { display: false } },
                    y: { min: 0, max: 100, ticks: { stepSize: 25 }, title: { display: !narrow, text: 'Score' } }
                },
                plugins: {
                    whatIfThresholds: { tiers: [
                        { name: 'acquaintance', from: whatIf.tiers.acquaintance },
                        { name: 'relationship', from: whatIf.tiers.relationship },
                        { name: 'trusted', from: whatIf.tiers.trusted }
                    ] },
                    legend: { display: false },
                    tooltip: {
                        callbacks: {
                            title: function (items) { return fullDate(whatIf.points[items[0].dataIndex]); },
                            label: function (item) {
                                var p = whatIf.points[item.dataIndex];
                                return p.score + ' (' + p.tier + ')';
                            }
                        }
                    }
                }
            }
        });
        canvas.setAttribute('data-drawn', String(whatIf.points.length));
        return chart;
    }

    /** Charts whose canvas htmx has taken away: they would otherwise stay in Chart.js's registry. */
    function forgetRemoved() {
        Object.keys(window.Chart.instances).forEach(function (key) {
            var chart = window.Chart.instances[key];
            if (!chart.canvas || !chart.canvas.isConnected) {
                chart.destroy();
            }
        });
    }

    function drawAll() {
        if (!window.Chart) {
            return;
        }
        forgetRemoved();
        document.querySelectorAll('canvas[data-what-if]:not([data-drawn])').forEach(function (canvas) {
            canvas.setAttribute('data-drawn', 'loading');
            fetch(canvas.getAttribute('data-what-if'), {
                credentials: 'same-origin',
                headers: { Accept: 'application/json' }
            }).then(function (response) {
                if (!response.ok) {
                    throw new Error('The what-if answered ' + response.status);
                }
                return response.json();
            }).then(function (whatIf) {
                if (canvas.isConnected) {
                    draw(canvas, whatIf);
                }
            }).catch(function () {
                canvas.setAttribute('data-drawn', 'failed');
                var note = document.createElement('p');
                note.className = 'muted';
                note.textContent = 'The chart could not be loaded; the table below holds the same months.';
                canvas.parentNode.after(note);
            });
        });
    }

    document.addEventListener('htmx:load', drawAll);
    document.addEventListener('DOMContentLoaded', drawAll);
}());
