// Small DOM helpers: every text from the API goes through esc() or textContent.

export function esc(v) {
  return String(v ?? '').replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  })[c]);
}

/** Sets the view's HTML and returns the view element. */
export function render(html) {
  const view = document.getElementById('view');
  view.innerHTML = html;
  return view;
}

export function showError(e) {
  render(`<p class="error" role="alert">${esc(e.message || e)}</p>`);
}

export function quadBadge(q) {
  return `<span class="quad quad-${esc(q)}" title="QuadClass ${esc(q)}">Q${esc(q)}</span>`;
}

/** The event's own date, or "published DATE" for an undated event. */
export function eventDate(e) {
  const d = e.date || {};
  if (d.start) {
    return d.end && d.end !== d.start ? `${d.start} – ${d.end}` : d.start;
  }
  return d.upper_bound ? `≤ ${d.upper_bound}` : 'undated';
}

export function actorLabel(a) {
  return a ? `<span title="${esc(a.name)}">${esc(a.code)}</span>` : '<span class="muted">–</span>';
}

export function fmt(n) {
  return Number(n ?? 0).toLocaleString('en');
}

/** "1 event", "3 events"; "1 story", "2 stories" given the plural. */
export function plural(n, word, many = word + 's') {
  return `${fmt(n)} ${n === 1 ? word : many}`;
}
