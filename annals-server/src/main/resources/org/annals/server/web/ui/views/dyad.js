// Dyad trend: events from actor a to actor b per period, by QuadClass, with the mean Goldstein score.
import { api, query, QUADS, QUAD_COLORS } from '../api.js';
import { chart, fillPeriods } from '../charts.js';
import { esc, fmt, render } from '../dom.js';

export async function dyad(route, isCurrent) {
  const p = route.params;
  const a = (p.get('a') || '').trim();
  const b = (p.get('b') || '').trim();
  const interval = p.get('interval') || 'week';
  const normalize = p.get('normalize') === 'articles' ? 'articles' : '';
  const view = render(`
    <h1>Dyad over time</h1>
    <form class="filters" id="dyad-form">
      <label>Source<input name="a" class="narrow" value="${esc(a)}" placeholder="USA" required></label>
      <label>Target<input name="b" class="narrow" value="${esc(b)}" placeholder="VEN" required></label>
      <label>Per<select name="interval">
        ${['day', 'week', 'month'].map((i) => `<option ${i === interval ? 'selected' : ''}>${i}</option>`).join('')}
      </select></label>
      <label>Scale<select name="normalize">
        <option value="" ${normalize ? '' : 'selected'}>event counts</option>
        <option value="articles" ${normalize ? 'selected' : ''}>per 100 articles</option>
      </select></label>
      <button type="submit">Show</button>
    </form>
    <div id="dyad-result"></div>`);
  view.querySelector('#dyad-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const f = ev.target.elements;
    location.hash = '#/dyad?' + query({ a: f.a.value.trim().toUpperCase(), b: f.b.value.trim().toUpperCase(), interval: f.interval.value, normalize: f.normalize.value });
  });
  const result = view.querySelector('#dyad-result');
  if (!a || !b) {
    result.innerHTML = '<p class="muted">Choose two actor codes or prefixes (e.g. USA and VEN); the network page links the busiest pairs.</p>';
    return;
  }
  const s = await api(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series`, { interval, normalize });
  if (!isCurrent()) {
    return;
  }
  result.innerHTML = `
    <p class="muted">${fmt(s.events)} event(s) from ${esc(s.source)} to ${esc(s.target)}${
      s.without_date ? `, ${fmt(s.without_date)} without any date` : ''}${
      normalize ? '; bars are events per 100 articles published in each period' : ''}.
      <a href="#/events?${query({ source: a, target: b })}">List them</a></p>
    <div class="card"><div class="chart tall" id="dyad-chart"></div></div>`;
  const periods = fillPeriods(s.periods, s.interval);
  const c = chart(result.querySelector('#dyad-chart'));
  c.setOption({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 44, right: 44, top: 40, bottom: 56 },
    xAxis: { type: 'category', data: periods.map((x) => x.start) },
    yAxis: [
      normalize
        ? { type: 'value', name: 'per 100 articles' }
        : { type: 'value', name: 'events', minInterval: 1 },
      { type: 'value', name: 'Goldstein', min: -10, max: 10 },
    ],
    dataZoom: periods.length > 60 ? [{ type: 'slider', height: 16, bottom: 4 }] : [],
    series: [
      ...[1, 2, 3, 4].map((q) => ({
        name: QUADS[q], type: 'bar', stack: 'q', color: QUAD_COLORS[q],
        data: periods.map((x) => (normalize
          ? (x.per_100_articles?.quad_class[String(q)] ?? 0)
          : x.quad_class[String(q)])),
      })),
      {
        name: 'mean Goldstein', type: 'line', yAxisIndex: 1, color: '#17233a', connectNulls: true,
        data: periods.map((x) => x.goldstein_mean),
      },
    ],
  });
}
