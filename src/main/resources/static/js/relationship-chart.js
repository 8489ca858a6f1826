/*
 * Draws the relationship chart of the person page: the score over the last year (the team's line, and the
 * reader's own as a dashed line when it differs) with each touchpoint marked by its channel. In person and
 * meals are the large marks. Hovering over or tapping a mark tells what that touchpoint added.
 * The data comes from the history endpoint named by the canvas (data-history); Chart.js is the WebJar's.
 */
(function () {
    'use strict';

    var MARKS = {
        in_person: { style: 'rectRot', radius: 9, color: '#0f6e6a' },
        meal: { style: 'triangle', radius: 9, color: '#b45309' },
        event: { style: 'rect', radius: 6, color: '#6d28d9' },
        video: { style: 'circle', radius: 5, color: '#1d4f91' },
        phone: { style: 'circle', radius: 5, color: '#2563eb' },
        email: { style: 'crossRot', radius: 5, color: '#5d6b7a' },
        message: { style: 'cross', radius: 5, color: '#5d6b7a' },
        social: { style: 'line', radius: 5, color: '#94a3b8' }
    };

    function day(ms) {
        return new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
    }

    function month(ms) {
        return new Date(ms).toLocaleDateString(undefined, { month: 'short' });
    }

    function line(series, label, dashed) {
        return {
            type: 'line',
            label: label,
            data: series.points.map(function (p) { return { x: Date.parse(p.at), y: p.score }; }),
            borderColor: dashed ? '#b45309' : '#0f6e6a',
            backgroundColor: dashed ? 'rgba(180, 83, 9, .08)' : 'rgba(15, 110, 106, .10)',
            borderDash: dashed ? [6, 4] : [],
            borderWidth: 2,
            fill: !dashed,
            pointRadius: 0,
            pointHitRadius: 0,
            tension: 0,
            order: 2
        };
    }

    /** One scatter set per channel, so the legend names each kind of mark. */
    function marks(series, own) {
        var byChannel = {};
        series.touchpoints.forEach(function (m) {
            (byChannel[m.channel] = byChannel[m.channel] || { label: m.channelLabel, items: [] }).items.push(m);
        });
        return Object.keys(MARKS).filter(function (c) { return byChannel[c]; }).map(function (c) {
            var look = MARKS[c];
            return {
                type: 'scatter',
                label: byChannel[c].label + (own ? ' (yours)' : ''),
                data: byChannel[c].items.map(function (m) {
                    return { x: Date.parse(m.occurredAt), y: m.score, mark: m };
                }),
                pointStyle: look.style,
                pointRadius: look.radius,
                pointHoverRadius: look.radius + 3,
                pointHitRadius: 8,
                borderColor: look.color,
                backgroundColor: own ? '#ffffff' : look.color,
                borderWidth: 2,
                order: 1
            };
        });
    }

    /** The tier thresholds as faint lines with their names, under the data. */
    var tierLines = {
        id: 'tierLines',
        beforeDatasetsDraw: function (chart, args, options) {
            var y = chart.scales.y;
            var area = chart.chartArea;
            var ctx = chart.ctx;
            ctx.save();
            ctx.strokeStyle = '#c9d2db';
            ctx.fillStyle = '#5d6b7a';
            ctx.setLineDash([3, 3]);
            ctx.font = '11px system-ui, sans-serif';
            ctx.textAlign = 'left';
            (options.tiers || []).forEach(function (tier) {
                var at = y.getPixelForValue(tier.from);
                ctx.beginPath();
                ctx.moveTo(area.left, at);
                ctx.lineTo(area.right, at);
                ctx.stroke();
                // On the left, where a year ago usually lies lower than the marks of late.
                ctx.fillText(tier.name, area.left + 4, at - 3);
            });
            ctx.restore();
        }
    };

    function tooltipLines(item) {
        var m = item.raw && item.raw.mark;
        if (!m) {
            return item.dataset.label + ': ' + item.parsed.y + ' on ' + day(item.parsed.x);
        }
        var lines = [m.channelLabel + ' · ' + day(Date.parse(m.occurredAt))];
        if (m.summary) {
            lines.push(m.summary.length > 60 ? m.summary.slice(0, 59) + '…' : m.summary);
        }
        lines.push('+' + m.gain + ' to the score (' + m.score + ' after)');
        return lines;
    }

    function draw(canvas, history) {
        var sameLines = JSON.stringify(history.team.points) === JSON.stringify(history.mine.points);
        var datasets = [line(history.team, 'The team', false)].concat(marks(history.team, false));
        if (!sameLines) {
            datasets.push(line(history.mine, 'You', true));
            var teamIds = {};
            history.team.touchpoints.forEach(function (m) { teamIds[m.touchpointId] = true; });
            // Your own touchpoints that the team's line does not count are marked on your line.
            var onlyYours = { touchpoints: history.mine.touchpoints.filter(function (m) { return !teamIds[m.touchpointId]; }) };
            datasets = datasets.concat(marks(onlyYours, true));
        }
        var from = Date.parse(history.from);
        var to = Date.parse(history.to);
        var narrow = canvas.parentNode.clientWidth < 480;
        var chart = new window.Chart(canvas, {
            type: 'line',
            data: { datasets: datasets },
            plugins: [tierLines],
            options: {
                animation: false,
                maintainAspectRatio: false,
                parsing: false,
                interaction: { mode: 'nearest', intersect: true },
                events: ['mousemove', 'mouseout', 'click', 'touchstart', 'touchmove'],
                scales: {
                    x: {
                        type: 'linear', min: from, max: to,
                        afterBuildTicks: function (axis) {
                            var ticks = [];
                            var d = new Date(from);
                            d = new Date(d.getFullYear(), d.getMonth() + 1, 1);
                            var every = narrow ? 3 : 2;
                            for (var i = 0; d.getTime() <= to; i++) {
                                if (i % every === 0) {
                                    ticks.push({ value: d.getTime() });
                                }
                                d = new Date(d.getFullYear(), d.getMonth() + 1, 1);
                            }
                            axis.ticks = ticks;
                        },
                        ticks: { callback: function (value) { return month(value); }, maxRotation: 0 },
                        grid: { display: false }
                    },
                    y: { min: 0, max: 100, ticks: { stepSize: 25 }, title: { display: !narrow, text: 'Score' } }
                },
                plugins: {
                    tierLines: { tiers: [
                        { name: 'acquaintance', from: history.tiers.acquaintance },
                        { name: 'relationship', from: history.tiers.relationship },
                        { name: 'trusted', from: history.tiers.trusted }
                    ] },
                    legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 8, font: { size: 11 } } },
                    tooltip: {
                        filter: function (item) { return Boolean(item.raw && item.raw.mark); },
                        callbacks: {
                            title: function () { return ''; },
                            label: tooltipLines
                        }
                    }
                }
            }
        });
        canvas.setAttribute('data-drawn', String(chart.data.datasets.length));
        return chart;
    }

    function drawAll() {
        if (!window.Chart) {
            return;
        }
        document.querySelectorAll('canvas[data-history]:not([data-drawn])').forEach(function (canvas) {
            canvas.setAttribute('data-drawn', 'loading');
            fetch(canvas.getAttribute('data-history'), {
                credentials: 'same-origin',
                headers: { Accept: 'application/json' }
            }).then(function (response) {
                if (!response.ok) {
                    throw new Error('The score history answered ' + response.status);
                }
                return response.json();
            }).then(function (history) {
                draw(canvas, history);
            }).catch(function () {
                canvas.setAttribute('data-drawn', 'failed');
                var note = document.createElement('p');
                note.className = 'muted';
                note.textContent = 'The chart could not be loaded; the table below holds the same touchpoints.';
                canvas.parentNode.after(note);
            });
        });
    }

    document.addEventListener('htmx:load', drawAll);
    document.addEventListener('DOMContentLoaded', drawAll);
}());
