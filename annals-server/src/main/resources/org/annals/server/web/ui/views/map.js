// Where events happened: a lon/lat scatter over a light graticule (no tile server, no network).
import { api } from '../api.js';
import { chart } from '../charts.js';
import { esc, fmt, plural, render } from '../dom.js';

/** Symbols by precision: the finer the place, the rounder the mark. */
const SYMBOLS = { city: 'circle', admin2: 'rect', admin1: 'rect', country: 'diamond', region: 'triangle', water: 'triangle' };

export async function map(route, isCurrent) {
  const filters = Object.fromEntries(route.params.entries());
  // the server counts events per place: the page gets places, never the events themselves
  const answer = await api('/places', filters);
  if (!isCurrent()) {
    return;
  }
  const points = answer.places;
  const biggest = Math.max(1, ...points.map((p) => p.events));
  const view = render(`
    <h1>Map of event places</h1>
    <p class="muted" id="map-summary">${plural(points.length, 'place')} of ${plural(answer.placed, 'event')}
      (${fmt(answer.events - answer.placed)} not placed). Each event is placed where its own clause says,
      else at its article's focus. Marks: ● city, ■ province, ◆ country, ▲ region or sea.
      Click a place for its events.</p>
    <div class="card"><div class="chart tall" id="map-chart"></div></div>`);
  const c = chart(view.querySelector('#map-chart'));
  const axis = (min, max, name, nameGap) => ({
    type: 'value', min, max, interval: 30, name, nameLocation: 'middle', nameGap,
    axisLine: { onZero: false, lineStyle: { color: '#c5ccd8' } },
    splitLine: { lineStyle: { color: '#e3e7ee' } },
    axisLabel: { color: '#8a94a6', formatter: (v) => `${v}°` },
  });
  c.setOption({
    animation: false,
    tooltip: {
      formatter: (p) => {
        const d = p.data.place;
        return `<strong>${esc(d.name)}</strong>${d.country ? ' (' + esc(d.country) + ')' : ''}<br>`
          + `${fmt(d.events)} event(s), ${fmt(d.own_clause)} placed by their own clause<br>`
          + `${[1, 2, 3, 4].map((q) => `Q${q}: ${fmt(d.by_quad_class[q])}`).join(' · ')}<br>`
          + `precision: ${esc(d.precision)}<br>`
          + `${esc(d.lat)}, ${esc(d.lon)}`;
      },
    },
    grid: { left: 56, right: 24, top: 16, bottom: 48 },
    xAxis: axis(-180, 180, 'lon', 28),
    yAxis: axis(-90, 90, 'lat', 40),
    series: [{
      type: 'scatter',
      itemStyle: { color: '#c62828', opacity: 0.7 },
      data: points.map((p) => ({
        value: [p.lon, p.lat],
        place: p,
        symbol: SYMBOLS[p.precision] || 'circle',
        symbolSize: 6 + 22 * Math.sqrt(p.events / biggest),
      })),
    }],
  });
  c.on('click', (p) => {
    const d = p.data.place;
    location.hash = `#/events?near=${d.lat},${d.lon}&radius=25`;
  });
}
