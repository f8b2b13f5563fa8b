// Where events happened: a lon/lat scatter over a light graticule (no tile server, no network).
import { api } from '../api.js';
import { chart } from '../charts.js';
import { esc, fmt, plural, render } from '../dom.js';

const LIMIT = 1000;

export async function map(route, isCurrent) {
  const filters = Object.fromEntries(route.params.entries());
  const page = await api('/events', { ...filters, limit: LIMIT });
  if (!isCurrent()) {
    return;
  }
  const places = new Map();
  for (const e of page.items) {
    const l = e.location;
    if (!l) {
      continue;
    }
    const key = l.id || `${l.lat},${l.lon}`;
    const p = places.get(key) || { ...l, events: 0, precisions: new Set() };
    p.events++;
    p.precisions.add(l.precision);
    places.set(key, p);
  }
  const points = [...places.values()];
  const biggest = Math.max(1, ...points.map((p) => p.events));
  const view = render(`
    <h1>Map of event places</h1>
    <p class="muted">${plural(points.length, 'place')} of ${plural(page.items.length, 'event')}${
      page.total > page.items.length ? ` (the first ${fmt(LIMIT)} of ${fmt(page.total)})` : ''}.
      Each event is placed where its own clause says, else at its article's focus. Click a place for its events.</p>
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
          + `${fmt(d.events)} event(s)<br>precision: ${esc([...d.precisions].join(', '))}<br>`
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
        symbolSize: 6 + 22 * Math.sqrt(p.events / biggest),
      })),
    }],
  });
  c.on('click', (p) => {
    const d = p.data.place;
    location.hash = `#/events?near=${d.lat},${d.lon}&radius=25`;
  });
}
