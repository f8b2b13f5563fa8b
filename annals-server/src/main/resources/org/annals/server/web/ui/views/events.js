// Events table: filters and paging live in the hash (#/events?actor=RUS&offset=50), so a view is a link.
import { api, query, QUADS } from '../api.js';
import { actorLabel, esc, eventDate, fmt, quadBadge, render } from '../dom.js';

const PAGE = 50;
/** The filters of the form, in the order they appear. */
const FIELDS = ['actor', 'source', 'target', 'code', 'quad', 'from', 'to', 'text', 'min_confidence'];
/** Filters set by other views' links (map, stories), kept but not shown as inputs. */
const HIDDEN = ['near', 'radius', 'story'];

export async function events(route, isCurrent) {
  const p = route.params;
  const filters = {};
  for (const f of [...FIELDS, ...HIDDEN]) {
    filters[f] = p.get(f) || '';
  }
  const offset = Math.max(0, parseInt(p.get('offset') || '0', 10) || 0);
  const view = render(`
    <h1>Events</h1>
    ${form(filters)}
    <div id="events-result"><p class="muted">Loading…</p></div>`);
  view.querySelector('form.filters').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const next = {};
    for (const f of FIELDS) {
      next[f] = ev.target.elements[f].value.trim();
    }
    for (const f of HIDDEN) {
      next[f] = filters[f];
    }
    location.hash = '#/events' + qs(next);
  });
  view.querySelector('#clear-filters').addEventListener('click', () => {
    location.hash = '#/events';
  });
  const result = view.querySelector('#events-result');
  let page;
  try {
    page = await api('/events', { ...filters, limit: PAGE, offset });
  } catch (e) {
    if (isCurrent()) {
      result.innerHTML = `<p class="error" role="alert">${esc(e.message)}</p>`;
    }
    return;
  }
  if (!isCurrent()) {
    return;
  }
  const last = Math.min(offset + page.items.length, page.total);
  result.innerHTML = `
    <p class="muted" id="events-total">${fmt(page.total)} event${page.total === 1 ? '' : 's'}${
      page.total ? `, ${fmt(offset + 1)}–${fmt(last)} shown` : ''}${hiddenNote(filters)}</p>
    <div class="table-wrap">
      <table id="events-table">
        <thead><tr><th>Date</th><th>Source</th><th>Event</th><th>Target</th><th>Quad</th>
          <th>Place</th><th>Conf.</th><th>Reports</th><th>Sentence</th></tr></thead>
        <tbody>${page.items.map(row).join('')
          || '<tr><td colspan="9" class="muted">No events match these filters.</td></tr>'}</tbody>
      </table>
    </div>
    <div class="pager">
      <button class="plain" id="prev-page" ${offset <= 0 ? 'disabled' : ''}>← Previous</button>
      <button class="plain" id="next-page" ${offset + PAGE >= page.total ? 'disabled' : ''}>Next →</button>
    </div>`;
  result.querySelectorAll('tbody tr[data-id]').forEach((tr) => {
    tr.addEventListener('click', (ev) => {
      if (!ev.target.closest('a')) {
        location.hash = '#/event/' + encodeURIComponent(tr.dataset.id);
      }
    });
  });
  const go = (o) => {
    location.hash = '#/events' + qs({ ...filters, offset: o > 0 ? o : '' });
  };
  result.querySelector('#prev-page').addEventListener('click', () => go(offset - PAGE));
  result.querySelector('#next-page').addEventListener('click', () => go(offset + PAGE));
}

function qs(params) {
  const s = query(params);
  return s ? '?' + s : '';
}

function hiddenNote(filters) {
  const set = HIDDEN.filter((f) => filters[f]).map((f) => `${f}=${filters[f]}`);
  return set.length ? ` (also filtered by ${esc(set.join(', '))})` : '';
}

function input(name, label, value, attrs = '') {
  return `<label>${esc(label)}<input name="${name}" value="${esc(value)}" ${attrs}></label>`;
}

function form(f) {
  return `<form class="filters" id="event-filters">
    ${input('actor', 'Actor', f.actor, 'class="narrow" placeholder="RUS"')}
    ${input('source', 'Source', f.source, 'class="narrow" placeholder="dyad: from"')}
    ${input('target', 'Target', f.target, 'class="narrow" placeholder="dyad: to"')}
    ${input('code', 'CAMEO code/root', f.code, 'class="narrow" placeholder="19" pattern="[0-9]{2,4}"')}
    <label>QuadClass<select name="quad">
      <option value="">any</option>
      ${[1, 2, 3, 4].map((q) => `<option value="${q}" ${String(q) === f.quad ? 'selected' : ''}>${q} ${QUADS[q]}</option>`).join('')}
    </select></label>
    ${input('from', 'From', f.from, 'type="date"')}
    ${input('to', 'To', f.to, 'type="date"')}
    ${input('text', 'Text', f.text, 'placeholder="in the sentence"')}
    ${input('min_confidence', 'Min. confidence', f.min_confidence, 'class="narrow" type="number" min="0" max="1" step="0.05"')}
    <button type="submit">Filter</button>
    <button type="button" class="plain" id="clear-filters">Clear</button>
  </form>`;
}

function row(e) {
  const m = (e.mentions || [])[0] || {};
  const place = e.location
    ? `<span title="${esc(e.location.precision)}, ${esc(e.location.basis)}">${esc(e.location.name)}</span>`
    : '<span class="muted">–</span>';
  return `<tr data-id="${esc(e.id)}">
    <td class="nowrap">${esc(eventDate(e))}</td>
    <td>${actorLabel(e.source)}</td>
    <td><a href="#/event/${encodeURIComponent(e.id)}">${esc(e.cameo.code)}</a> ${esc(e.cameo.name)}</td>
    <td>${actorLabel(e.target)}</td>
    <td>${quadBadge(e.cameo.quad_class)}</td>
    <td>${place}</td>
    <td>${esc(e.confidence)}</td>
    <td title="reports / articles / independent sources">${fmt(e.counts?.mentions)} / ${fmt(e.counts?.articles)} / ${fmt(e.counts?.sources)}</td>
    <td class="sentence">${esc(m.sentence)}</td>
  </tr>`;
}
