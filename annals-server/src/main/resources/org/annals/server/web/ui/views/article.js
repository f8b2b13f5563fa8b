// One article: its metadata, its text with every event sentence marked (each links to its real event).
import { api } from '../api.js';
import { esc, fmt, quadBadge, render } from '../dom.js';

export async function article(route, isCurrent) {
  const a = await api('/articles/' + encodeURIComponent(route.id));
  if (!isCurrent()) {
    return;
  }
  const events = a.events || [];
  render(`
    <p><a href="#/events">← events</a></p>
    <h1 id="article-title">${esc(a.title || a.id)}</h1>
    <div class="card">
      <dl class="facts">
        <dt>Article</dt><dd><code>${esc(a.id)}</code> · version ${esc(a.version)}</dd>
        <dt>Outlet</dt><dd>${esc(a.outlet || '–')} · ${link(a.url)}</dd>
        <dt>Published</dt><dd>${esc(a.published?.date || 'unknown')} <span class="muted">(${esc(a.published?.precision || '')}${
          a.published?.inferred ? ', inferred' : ''})</span></dd>
        ${a.story ? `<dt>Story</dt><dd><a href="#/story/${encodeURIComponent(a.story)}">${esc(a.story)}</a></dd>` : ''}
        ${a.copy_of ? `<dt>Copy of</dt><dd><a href="#/article/${encodeURIComponent(a.copy_of)}">${esc(a.copy_of)}</a></dd>` : ''}
        <dt>Events</dt><dd>${fmt(events.filter((e) => e.asserted).length)} reported
          ${events.some((e) => !e.asserted) ? `(and ${fmt(events.filter((e) => !e.asserted).length)} negated or hypothetical)` : ''}</dd>
      </dl>
    </div>
    ${events.length ? `<div class="card" style="margin-top:1rem"><ul class="plain" id="article-events">${events.map((e) => `<li>
      ${quadBadge(e.quad_class)} ${esc(e.source)} <a href="#/event/${encodeURIComponent(e.real_event || e.id)}">${esc(e.name)}</a>
      ${esc(e.target || '')} <span class="muted">· “${esc(e.trigger?.text)}”, sentence ${esc(e.sentence_index + 1)}${
        e.asserted ? '' : ' · not asserted'}</span></li>`).join('')}</ul></div>` : ''}
    <h2 style="margin-top:1rem">Text</h2>
    <div class="article-text tall" id="article-text">${marked(a.text || '', events)}</div>`);
}

/** The text with each event sentence marked and linked to its event; overlapping ones merge. */
function marked(text, events) {
  const spans = events
    .filter((e) => e.char_start >= 0 && e.char_end <= text.length && e.char_start < e.char_end)
    .map((e) => ({ s: e.char_start, e: e.char_end, id: e.real_event || e.id }))
    .sort((x, y) => x.s - y.s);
  let out = '';
  let at = 0;
  for (const sp of spans) {
    if (sp.s < at) {
      continue; // a second event in the same sentence: the first one's mark stands
    }
    out += esc(text.slice(at, sp.s))
      + `<a class="sentence-link" href="#/event/${encodeURIComponent(sp.id)}"><mark class="sentence">${esc(text.slice(sp.s, sp.e))}</mark></a>`;
    at = sp.e;
  }
  return out + esc(text.slice(at));
}

function link(url) {
  return /^https?:\/\//i.test(url || '')
    ? `<a href="${esc(url)}" rel="noreferrer noopener" target="_blank">${esc(url)}</a>`
    : `<span class="muted">${esc(url)}</span>`;
}
