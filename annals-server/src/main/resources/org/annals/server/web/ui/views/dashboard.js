// Dashboard: counts, events per week by QuadClass, top actors, latest stories.
import { api, QUADS, QUAD_COLORS } from '../api.js';
import { chart, fillPeriods } from '../charts.js';
import { esc, fmt, render } from '../dom.js';

export async function dashboard(route, isCurrent) {
  const [articles, events, stories, timeline, actors] = await Promise.all([
    api('/articles', { limit: 1 }),
    api('/events', { limit: 1 }),
    api('/stories', { limit: 8 }),
    api('/timeline', { interval: 'week' }),
    api('/actors', { limit: 10 }),
  ]);
  if (!isCurrent()) {
    return;
  }
  const latest = stories.items; // the server lists the stories with the latest news first
  const view = render(`
    <h1>Dashboard</h1>
    <div class="grid">
      <div class="card span-4"><div class="muted">Articles</div><div class="count" id="count-articles">${fmt(articles.total)}</div></div>
      <div class="card span-4"><div class="muted">Real events</div><div class="count" id="count-events">${fmt(events.total)}</div></div>
      <div class="card span-4"><div class="muted">Stories</div><div class="count" id="count-stories">${fmt(stories.total)}</div></div>
      <div class="card span-12">
        <h2>Events per week by QuadClass</h2>
        <p class="muted">By each event's own date; undated events by their article's publication date
          (${fmt(timeline.without_date)} with neither).</p>
        <div class="chart" id="timeline-chart"></div>
      </div>
      <div class="card span-6">
        <h2>Top actors</h2>
        <ul class="plain" id="top-actors">
          ${actors.items.map((a) => `<li><a href="#/events?actor=${encodeURIComponent(a.code)}">${esc(a.code)}</a>
            <span class="muted">${esc(a.name)}</span> — ${fmt(a.source)} as source, ${fmt(a.target)} as target</li>`).join('')
            || '<li class="muted">No events yet.</li>'}
        </ul>
      </div>
      <div class="card span-6">
        <h2>Latest stories</h2>
        <ul class="plain" id="latest-stories">
          ${latest.map((s) => `<li><a href="#/story/${encodeURIComponent(s.id)}">${esc(s.title || s.id)}</a>
            <span class="muted">${esc(s.first || '')}${s.last && s.last !== s.first ? ' – ' + esc(s.last) : ''},
            ${fmt(s.articles)} article${s.articles === 1 ? '' : 's'}</span></li>`).join('')
            || '<li class="muted">No stories yet.</li>'}
        </ul>
      </div>
    </div>`);
  const c = chart(view.querySelector('#timeline-chart'));
  const periods = fillPeriods(timeline.periods, timeline.interval);
  const weeks = periods.map((p) => p.start);
  c.setOption({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 56 },
    xAxis: { type: 'category', data: weeks, name: 'week from', nameLocation: 'middle', nameGap: 32 },
    yAxis: { type: 'value', minInterval: 1 },
    dataZoom: weeks.length > 52 ? [{ type: 'slider', height: 16, bottom: 4 }] : [],
    series: [1, 2, 3, 4].map((q) => ({
      name: QUADS[q],
      type: 'bar',
      stack: 'quad',
      color: QUAD_COLORS[q],
      data: periods.map((p) => p.quad_class[String(q)]),
    })),
  });
  c.on('click', (p) => {
    const period = periods[p.dataIndex];
    if (period.end) {
      location.hash = `#/events?quad=${p.seriesIndex + 1}&from=${period.start}&to=${period.end}`;
    }
  });
}
