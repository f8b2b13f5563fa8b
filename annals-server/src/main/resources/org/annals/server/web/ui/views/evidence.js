// One real event and its evidence: each report's sentence highlighted in its article's clean text.
import { api, QUADS } from '../api.js';
import { actorLabel, esc, eventDate, fmt, quadBadge, render } from '../dom.js';

export async function evidence(route, isCurrent) {
  const e = await api('/events/' + encodeURIComponent(route.id));
  if (!isCurrent()) {
    return;
  }
  const loc = e.location;
  const view = render(`
    <p><a href="#/events">← events</a></p>
    <h1>${actorLabel(e.source)} ${esc(e.cameo.name)} ${actorLabel(e.target)}</h1>
    <div class="card">
      <dl class="facts">
        <dt>Event</dt><dd><code>${esc(e.id)}</code></dd>
        <dt>CAMEO</dt><dd>${esc(e.cameo.code)} ${esc(e.cameo.name)} · Goldstein ${esc(e.cameo.goldstein)}
          · ${quadBadge(e.cameo.quad_class)} ${esc(QUADS[e.cameo.quad_class])}</dd>
        <dt>Date</dt><dd>${esc(eventDate(e))} <span class="muted">(${esc(e.date?.precision)})</span></dd>
        <dt>Place</dt><dd>${loc ? `${esc(loc.name)} <span class="muted">(${esc(loc.precision)}, ${esc(loc.basis)},
          ${esc(loc.lat)}, ${esc(loc.lon)})</span>` : '<span class="muted">not placed</span>'}</dd>
        <dt>Confidence</dt><dd>${esc(e.confidence)}</dd>
        <dt>Reports</dt><dd>${fmt(e.counts?.mentions)} in ${fmt(e.counts?.articles)} article(s),
          ${fmt(e.counts?.sources)} independent source(s)</dd>
        ${e.story ? `<dt>Story</dt><dd><a href="#/story/${encodeURIComponent(e.story)}">${esc(e.story)}</a></dd>` : ''}
        ${e.source && e.target ? `<dt>Dyad</dt><dd><a href="#/dyad?a=${encodeURIComponent(e.source.code)}&b=${encodeURIComponent(e.target.code)}">${esc(e.source.code)} → ${esc(e.target.code)} over time</a></dd>` : ''}
      </dl>
    </div>
    <h2 style="margin-top:1rem">Evidence</h2>
    <div id="mentions">${(e.mentions || []).map((m, i) => mentionCard(m, i)).join('')}</div>`);
  const articles = new Map();
  const show = async (i, m) => {
    if (!articles.has(m.article)) {
      articles.set(m.article, api('/articles/' + encodeURIComponent(m.article)));
    }
    const box = view.querySelector(`#mention-${i} .article-text`);
    let article;
    try {
      article = await articles.get(m.article);
    } catch (err) {
      if (isCurrent()) {
        box.innerHTML = `<span class="error">${esc(err.message)}</span>`;
      }
      return;
    }
    if (!isCurrent()) {
      return;
    }
    view.querySelector(`#mention-${i} .article-title`).textContent = article.title || article.id;
    box.innerHTML = highlighted(article.text, m);
    const mark = box.querySelector('mark.sentence');
    if (mark) {
      box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40);
    }
  };
  // the first reports open in their articles at once; later ones (an event may have hundreds) on demand
  for (const [i, m] of (e.mentions || []).entries()) {
    if (i < OPEN_AT_ONCE) {
      await show(i, m);
      if (!isCurrent()) {
        return;
      }
    } else {
      const button = view.querySelector(`#mention-${i} button.open-article`);
      button.addEventListener('click', () => {
        button.remove();
        show(i, m);
      });
    }
  }
}

/** Reports whose articles load with the page. */
const OPEN_AT_ONCE = 10;

/** A link for web addresses; other sources (files, uploads) as text. */
function source(url) {
  return /^https?:\/\//i.test(url || '')
    ? `<a href="${esc(url)}" rel="noreferrer noopener" target="_blank">${esc(url)}</a>`
    : `<span class="muted">${esc(url)}</span>`;
}

function mentionCard(m, i) {
  const merge = m.merge || {};
  return `<div class="card mention" id="mention-${i}">
    <dl class="facts">
      <dt>Article</dt><dd><a class="article-title" href="#/article/${encodeURIComponent(m.article)}">${esc(m.article)}</a></dd>
      <dt>Outlet</dt><dd>${esc(m.outlet || '–')} · ${source(m.url)}</dd>
      <dt>Published</dt><dd>${esc(m.published || 'unknown')}</dd>
      <dt>Report</dt><dd><code>${esc(m.event_id)}</code> ${esc(m.dyad || '')} ${esc(m.code || '')}
        · trigger “${esc(m.trigger?.text)}” · pattern ${esc(m.pattern)}</dd>
      <dt>Merge</dt><dd><strong>${esc(merge.method)}</strong>${merge.score != null ? ` (score ${esc(merge.score)})` : ''}
        — ${esc(merge.evidence)}${merge.matched ? ` · matched <code>${esc(merge.matched)}</code>` : ''}</dd>
    </dl>
    <div class="article-text" aria-label="article text"><span class="muted">${esc(m.sentence)}</span></div>
    ${i >= OPEN_AT_ONCE ? '<button class="plain open-article">Show in its article</button>' : ''}
  </div>`;
}

/** The article's text with the sentence, and inside it the trigger, marked (clean-text offsets). */
export function highlighted(text, m) {
  const s = clamp(m.char_start, 0, text.length);
  const e = clamp(m.char_end, s, text.length);
  let ts = m.trigger ? clamp(m.trigger.char_start, s, e) : e;
  let te = m.trigger ? clamp(m.trigger.char_end, ts, e) : e;
  if (te <= ts) {
    ts = te = e;
  }
  return esc(text.slice(0, s))
    + '<mark class="sentence">' + esc(text.slice(s, ts))
    + (te > ts ? '<mark class="trigger">' + esc(text.slice(ts, te)) + '</mark>' : '')
    + esc(text.slice(te, e)) + '</mark>'
    + esc(text.slice(e));
}

function clamp(v, lo, hi) {
  const n = Number.isFinite(v) ? v : lo;
  return Math.min(hi, Math.max(lo, n));
}
