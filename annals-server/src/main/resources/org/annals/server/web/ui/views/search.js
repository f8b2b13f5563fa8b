// Full-text search over articles, events and actors (#/search?q=treaty&type=event), hits with marked snippets.
import { api, query } from '../api.js';
import { esc, fmt, render } from '../dom.js';

const PAGE = 20;
const TYPES = [['', 'All'], ['article', 'Articles'], ['event', 'Events'], ['actor', 'Actors']];

export async function search(route, isCurrent) {
  const q = (route.params.get('q') || '').trim();
  const type = route.params.get('type') || '';
  const offset = Math.max(0, parseInt(route.params.get('offset') || '0', 10) || 0);
  const go = (next) => {
    location.hash = '#/search?' + query({ q, type, ...next });
  };
  const view = render(`
    <h1>Search</h1>
    <p class="muted">Words are all required; use "quoted phrases", OR, NOT and prefix*.
      Articles by title and text, events by sentence, actors, code and place, actors by code and name.</p>
    <div id="search-result">${q ? '<p class="muted">Searching…</p>' : '<p class="muted">Type words in the search box above.</p>'}</div>`);
  if (!q) {
    return;
  }
  const box = view.querySelector('#search-result');
  let r;
  try {
    r = await api('/search', { q, type, limit: PAGE, offset });
  } catch (e) {
    if (isCurrent()) {
      box.innerHTML = `<p class="error" role="alert">${esc(e.message)}</p>`;
    }
    return;
  }
  if (!isCurrent()) {
    return;
  }
  const all = Object.values(r.totals).reduce((a, b) => a + b, 0);
  box.innerHTML = `
    <div class="tabs" id="search-tabs" role="tablist">${TYPES.map(([t, label]) => `<button role="tab"
      class="plain ${t === type ? 'active' : ''}" data-type="${t}" aria-selected="${t === type}">${label}
      <span class="muted">${fmt(t ? r.totals[t] : all)}</span></button>`).join('')}</div>
    ${r.index?.refreshing ? '<p class="muted">The index is being updated; newer articles may be missing.</p>' : ''}
    <p class="muted" id="search-total">${fmt(r.total)} hit${r.total === 1 ? '' : 's'}${
      r.total ? `, ${fmt(offset + 1)}–${fmt(offset + r.hits.length)} shown` : ''}</p>
    <ul class="plain hits" id="search-hits">${r.hits.map(hit).join('')
      || '<li class="muted">Nothing matches. Fewer words, or a prefix*, may find more.</li>'}</ul>
    <div class="pager">
      <button class="plain" id="prev-page" ${offset <= 0 ? 'disabled' : ''}>← Previous</button>
      <button class="plain" id="next-page" ${offset + PAGE >= r.total ? 'disabled' : ''}>Next →</button>
    </div>`;
  box.querySelectorAll('#search-tabs button').forEach((b) => b.addEventListener('click', () => {
    location.hash = '#/search?' + query({ q, type: b.dataset.type });
  }));
  box.querySelector('#prev-page').addEventListener('click', () => go({ offset: Math.max(0, offset - PAGE) }));
  box.querySelector('#next-page').addEventListener('click', () => go({ offset: offset + PAGE }));
}

function hit(h) {
  return `<li class="hit hit-${esc(h.type)}" data-id="${esc(h.id)}">
    <span class="kind">${esc(h.type)}</span>
    ${link(h)} ${h.date ? `<span class="muted">${esc(h.date)}</span>` : ''}
    <div class="snippet">${marked(h.snippet)}</div></li>`;
}

function link(h) {
  const title = esc(h.title || h.id);
  if (h.type === 'article') {
    return `<a href="#/article/${encodeURIComponent(h.id)}">${title}</a>`;
  }
  if (h.type === 'event') {
    return `<a href="#/event/${encodeURIComponent(h.id)}">${title}</a>`;
  }
  if (h.id.startsWith('candidate:')) {
    return `<strong>${title}</strong> <span class="muted">candidate actor (annals actors --candidates)</span>`;
  }
  return `<a href="#/events?actor=${encodeURIComponent(h.id)}">${title}</a> <code>${esc(h.id)}</code>`;
}

/** The snippet's text with its highlight offsets as <mark>: built from text, never from HTML. */
function marked(snippet) {
  const text = snippet?.text || '';
  let out = '';
  let at = 0;
  for (const [s, e] of snippet?.highlights || []) {
    if (s < at || e > text.length || e <= s) {
      continue;
    }
    out += esc(text.slice(at, s)) + '<mark>' + esc(text.slice(s, e)) + '</mark>';
    at = e;
  }
  return out + esc(text.slice(at));
}
