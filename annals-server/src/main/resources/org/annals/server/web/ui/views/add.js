// Adding articles: upload files or paste one, then watch the ingest job code them (#/add?job=job_3).
import { api, apiPost, token } from '../api.js';
import { esc, fmt, plural, render } from '../dom.js';

const ACCEPT = '.txt,.text,.html,.htm,.xhtml,.jsonl,.ndjson,.rss,.atom,.xml,.warc,.gz';
const POLL_MS = 700;

export async function add(route, isCurrent) {
  const jobs = await api('/jobs', { limit: 10 });
  if (!isCurrent()) {
    return;
  }
  const jobId = route.params.get('job') || '';
  const view = render(`
    <h1>Add articles</h1>
    ${jobs.writable ? '' : `<p class="error" role="alert">This server is read-only: it was started
      with --read-only. Start annals serve without it to add articles here.</p>`}
    <div id="job">${jobId ? '<p class="muted">Loading the job…</p>' : ''}</div>
    <div class="grid">
      <section class="card span-12">
        <form id="token-form" class="stack">
          <label>Write token (annals serve prints it; kept in this tab only)
            <input name="token" id="write-token" type="password" autocomplete="off" value="${esc(token.get())}"></label>
        </form>
        <div id="write-error"></div>
      </section>
      <section class="card span-6">
        <h2>Upload files</h2>
        <form id="upload-form" class="stack">
          <label>Files (${esc(ACCEPT.replaceAll(',', ' '))}; at most ${esc(mb(jobs.max_upload_bytes))} in all)
            <input type="file" name="file" id="upload-files" multiple accept="${ACCEPT}" required></label>
          <button type="submit" ${jobs.writable ? '' : 'disabled'}>Upload and code</button>
        </form>
      </section>
      <section class="card span-6">
        <h2>Paste an article</h2>
        <form id="paste-form" class="stack">
          <label>Title <input name="title" id="paste-title"></label>
          <label>Published (events are dated against it)
            <input name="published" id="paste-published" type="date"></label>
          <label>URL (optional) <input name="url" id="paste-url" type="url" placeholder="https://"></label>
          <label>Outlet (optional) <input name="outlet" id="paste-outlet"></label>
          <label>Text <textarea name="text" id="paste-text" rows="8" required></textarea></label>
          <button type="submit" ${jobs.writable ? '' : 'disabled'}>Code this article</button>
        </form>
      </section>
      <section class="card span-12">
        <h2>Recent jobs</h2>
        <div class="table-wrap"><table id="jobs-table">
          <thead><tr><th>Job</th><th>State</th><th>Files</th><th>Added</th><th>Unchanged</th>
            <th>Quarantined</th><th>Events</th><th>Submitted</th></tr></thead>
          <tbody>${jobs.items.map(jobRow).join('')
            || '<tr><td colspan="8" class="muted">No jobs since the server started.</td></tr>'}</tbody>
        </table></div>
      </section>
    </div>`);
  view.querySelector('#write-token').addEventListener('change', (ev) => token.set(ev.target.value));
  view.querySelectorAll('#jobs-table tbody tr[data-id]').forEach((tr) => tr.addEventListener('click', () => {
    location.hash = '#/add?job=' + encodeURIComponent(tr.dataset.id);
  }));
  const fail = (e) => {
    view.querySelector('#write-error').innerHTML = `<p class="error" role="alert">${esc(
      e.status === 401 ? e.message + ' — enter the token above.' : e.message)}</p>`;
  };
  const send = async (body) => {
    token.set(view.querySelector('#write-token').value);
    view.querySelector('#write-error').innerHTML = '';
    try {
      const job = await apiPost(body instanceof FormData ? '/uploads' : '/articles', body);
      location.hash = '#/add?job=' + encodeURIComponent(job.id);
    } catch (e) {
      fail(e);
    }
  };
  view.querySelector('#upload-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const files = [...view.querySelector('#upload-files').files];
    const size = files.reduce((n, f) => n + f.size, 0);
    if (size > jobs.max_upload_bytes) {
      fail({ message: `These files have ${mb(size)}; this server takes at most ${mb(jobs.max_upload_bytes)}`
        + ' per upload. Send fewer at a time, or ingest them with annals ingest.' });
      return;
    }
    const form = new FormData();
    files.forEach((f) => form.append('file', f, f.name));
    send(form);
  });
  view.querySelector('#paste-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const article = {};
    for (const f of ['title', 'published', 'url', 'outlet', 'text']) {
      const v = ev.target.elements[f].value.trim();
      if (v) {
        article[f] = v;
      }
    }
    send(article);
  });
  if (jobId) {
    await follow(view.querySelector('#job'), jobId, isCurrent);
  }
}

/** Shows the job, polling until it is done or failed (or the page changes). */
async function follow(box, id, isCurrent) {
  for (;;) {
    let job;
    try {
      job = await api('/jobs/' + encodeURIComponent(id));
    } catch (e) {
      if (isCurrent()) {
        box.innerHTML = `<p class="error" role="alert">${esc(e.message)}</p>`;
      }
      return;
    }
    if (!isCurrent()) {
      return;
    }
    box.innerHTML = jobCard(job);
    if (job.state === 'done' || job.state === 'failed') {
      return;
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

const STATES = {
  queued: 'waiting for the job before it',
  loading_models: 'loading the CoreNLP models (once per server)',
  ingesting: 'cleaning, annotating and coding',
  indexing: 'updating the search index',
  done: 'done',
  failed: 'failed',
};

function jobCard(job) {
  const p = job.progress;
  const pct = p.total_bytes ? Math.round((100 * p.done_bytes) / p.total_bytes) : 0;
  const c = job.counts;
  return `<section class="card job" id="job-card" data-state="${esc(job.state)}">
    <h2>Job ${esc(job.id)}: <span id="job-state">${esc(STATES[job.state] || job.state)}</span></h2>
    <p class="muted">${job.files.map((f) => `${esc(f.name)} (${fmt(f.bytes)} bytes)`).join(', ')}</p>
    ${job.finished ? '' : `<progress max="100" value="${pct}" aria-label="progress">${pct}%</progress>`}
    <p id="job-counts">${plural(c.added, 'article')} added, ${fmt(c.unchanged)} already stored,
      ${fmt(c.new_versions)} new version(s), ${fmt(c.quarantined)} quarantined;
      ${plural(c.events, 'event report')} coded${job.resolution ? `; ${plural(job.resolution.merged_reports,
        'report')} merged into earlier events, ${plural(job.resolution.new_stories, 'new story', 'new stories')}` : ''}.</p>
    ${job.error ? `<p class="error" role="alert">${esc(job.error)}</p>` : ''}
    ${job.articles.length ? `<ul class="plain" id="job-articles">${job.articles.map((a) => `<li>
      <span class="muted">${esc(a.outcome.replace('_', ' '))}</span> ·
      <a href="#/article/${encodeURIComponent(a.id)}">${esc(a.title || a.url || a.id)}</a> · ${a.events.length
        ? a.events.map((e, i) => `<a class="job-event" href="#/event/${encodeURIComponent(e)}">event ${i + 1}</a>`).join(', ')
        : '<span class="muted">no events</span>'}</li>`).join('')}</ul>` : ''}
    ${job.problems.length ? `<h2>Problems</h2><ul class="plain" id="job-problems">${job.problems.map((x) => `<li>
      <strong>${esc(x.severity)}</strong> ${esc(x.where)}: ${esc(x.stage)}: ${esc(x.reason)}</li>`).join('')}</ul>` : ''}
    ${job.state === 'done' ? '<p><a href="#/events">All events</a> · <a href="#/">Dashboard</a></p>' : ''}
  </section>`;
}

function jobRow(j) {
  return `<tr data-id="${esc(j.id)}"><td><a href="#/add?job=${encodeURIComponent(j.id)}">${esc(j.id)}</a></td>
    <td>${esc(j.state)}</td><td>${esc(j.files.map((f) => f.name).join(', '))}</td>
    <td>${fmt(j.counts.added)}</td><td>${fmt(j.counts.unchanged)}</td><td>${fmt(j.counts.quarantined)}</td>
    <td>${fmt(j.counts.events)}</td><td class="nowrap">${esc(j.submitted.slice(0, 19).replace('T', ' '))}</td></tr>`;
}

function mb(bytes) {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}
