// ECharts (window.echarts, from the WebJar): charts live until the next route.

const live = [];

export function chart(el) {
  const c = window.echarts.init(el, null, { renderer: 'canvas' });
  live.push(c);
  return c;
}

export function disposeCharts() {
  while (live.length) {
    live.pop().dispose();
  }
}

window.addEventListener('resize', () => live.forEach((c) => c.resize()));

const MAX_FILLED = 2000;

/**
 * The periods of a series (/timeline, /dyads/.../series) with the empty ones between them added
 * as zeros, so that the category axis is a true time scale; left as they are past MAX_FILLED.
 */
export function fillPeriods(periods, interval) {
  if (periods.length < 2) {
    return periods;
  }
  const byStart = new Map(periods.map((p) => [p.start, p]));
  const out = [];
  let day = parseDay(periods[0].start);
  const last = parseDay(periods[periods.length - 1].start);
  while (day <= last) {
    if (out.length >= MAX_FILLED) {
      return periods;
    }
    const start = isoDay(day);
    out.push(byStart.get(start) || {
      start, events: 0, quad_class: { 1: 0, 2: 0, 3: 0, 4: 0 }, goldstein_mean: null, undated: 0,
    });
    day = next(day, interval);
  }
  return out;
}

function parseDay(s) {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function isoDay(d) {
  return d.toISOString().slice(0, 10);
}

function next(d, interval) {
  const n = new Date(d.getTime());
  if (interval === 'month') {
    n.setUTCMonth(n.getUTCMonth() + 1);
  } else {
    n.setUTCDate(n.getUTCDate() + (interval === 'day' ? 1 : 7));
  }
  return n;
}
