// Stories: the list, and one story's timeline of articles and events.
import { api, query } from '../api.js';
import { actorLabel, esc, eventDate, fmt, quadBadge, render } from '../dom.js';

const PAGE = 50;

export async function stories(route, isCurrent) {
  const offset = Math.max(0, parseInt(route.params.get('offset') || '0', 10) || 0);
  const page = await api('/stories', { limit: PAGE, offset });
  if (!isCurrent()) {
    return;
  }
  const view = render(`
    <h1>Stories</h1>
    <p class="muted">${fmt(page.total)} stories: articles grouped as they arrive.</p>
    <div class="table-wrap"><table id="stories-table">
      <thead><tr><th>Story</th><th>Articles</th><th>First</th><th>Last</th></tr></thead>
      <tbody>${page.items.map((s) => `<tr data-id="${esc(s.id)}">
        <td><a href="#/story/${encodeURIComponent(s.id)}">${esc(s.title || s.id)}</a></td>
        <td>${fmt(s.articles)}</td><td class="nowrap">${esc(s.first || '')}</td><td class="nowrap">${esc(s.last || '')}</td>
      </tr>`).join('') || '<tr><td colspan="4" class="muted">No stories yet.</td></tr>'}</tbody>
    </table></div>
    <div class="pager">
      <button class="plain" id="prev-page" ${offset <= 0 ? 'disabled' : ''}>← Previous</button>
      <button class="plain" id="next-page" ${offset + PAGE >= page.total ? 'disabled' : ''}>Next →</button>
    </div>`);
  view.querySelectorAll('tbody tr[data-id]').forEach((tr) => tr.addEventListener('click', () => {
    location.hash = '#/story/' + encodeURIComponent(tr.dataset.id);
  }));
  const go = (o) => {
    location.hash = '#/stories' + (o > 0 ? '?' + query({ offset: o }) : '');
  };
  view.querySelector('#prev-page').addEventListener('click', () => go(offset - PAGE));
  view.querySelector('#next-page').addEventListener('click', () => go(offset + PAGE));
}

export async function story(route, isCurrent) {
  const s = await api('/stories/' + encodeURIComponent(route.id));
  if (!isCurrent()) {
    return;
  }
  // one timeline of articles (by publication) and events (by their own date, else publication)
  const items = [
    ...s.article_list.map((a) => ({ day: a.published?.date || '', kind: 'article', a })),
    ...s.events.map((e) => ({ day: e.date?.start || e.date?.upper_bound || '', kind: 'event', e })),
  ].sort((x, y) => x.day.localeCompare(y.day) || (x.kind === 'article' ? -1 : 1));
  render(`
    <p><a href="#/stories">← stories</a></p>
    <h1>${esc(s.title || s.id)}</h1>
    <p class="muted">${esc(s.id)} · ${fmt(s.articles)} article(s), ${fmt(s.events.length)} event(s),
      ${esc(s.first || '')}${s.last && s.last !== s.first ? ' – ' + esc(s.last) : ''} ·
      <a href="#/events?story=${encodeURIComponent(s.id)}">events as a table</a></p>
    <div class="card"><div class="timeline" id="story-timeline">
      ${items.map((x) => (x.kind === 'article'
    ? `<div class="item"><span class="muted">${esc(x.day || 'undated')}</span> · article:
         <a href="#/article/${encodeURIComponent(x.a.id)}">${esc(x.a.title || x.a.url)}</a>
         <span class="muted">${esc(x.a.outlet || '')}</span></div>`
    : `<div class="item"><span class="muted">${esc(eventDate(x.e))}</span> · ${quadBadge(x.e.cameo.quad_class)}
         ${actorLabel(x.e.source)} <a href="#/event/${encodeURIComponent(x.e.id)}">${esc(x.e.cameo.name)}</a>
         ${actorLabel(x.e.target)} <span class="muted">— ${esc(x.e.mentions?.[0]?.sentence || '')}</span></div>`)).join('')}
    </div></div>`);
}
