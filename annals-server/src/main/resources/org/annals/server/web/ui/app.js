// The single page app: hash routes (#/events?actor=RUS) so every view can be shared as a link.
import { disposeCharts } from './charts.js';
import { showError } from './dom.js';
import { dashboard } from './views/dashboard.js';
import { events } from './views/events.js';
import { evidence } from './views/evidence.js';
import { dyad } from './views/dyad.js';
import { network } from './views/network.js';
import { map } from './views/map.js';
import { stories, story } from './views/stories.js';
import { add } from './views/add.js';
import { article } from './views/article.js';
import { search } from './views/search.js';

const ROUTES = {
  '': dashboard,
  events,
  event: evidence,
  dyad,
  network,
  map,
  stories,
  story,
  add,
  article,
  search,
};

/** The current route: its name, an optional id (#/event/ID) and its query parameters. */
export function currentRoute() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, qs] = splitOnce(hash, '?');
  const [name, id] = splitOnce(path, '/');
  return { name, id: id ? decodeURIComponent(id) : '', params: new URLSearchParams(qs) };
}

function splitOnce(s, sep) {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}

let generation = 0;

async function route() {
  const r = currentRoute();
  const view = ROUTES[r.name];
  const mine = ++generation;
  disposeCharts();
  document.querySelectorAll('#nav a').forEach((a) => {
    const target = a.dataset.route === 'dashboard' ? '' : a.dataset.route;
    a.classList.toggle('active', target === r.name || (r.name === 'event' && target === 'events')
      || (r.name === 'story' && target === 'stories'));
  });
  document.getElementById('search-text').value = r.name === 'search' ? r.params.get('q') || '' : '';
  if (!view) {
    showError(`No page '${r.name}'. Try the dashboard.`);
    return;
  }
  try {
    // a view checks isCurrent() after each await, so a slow answer never paints over a newer page
    await view(r, () => mine === generation);
  } catch (e) {
    if (mine === generation) {
      showError(e);
    }
  }
}

document.getElementById('search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const text = document.getElementById('search-text').value.trim();
  location.hash = '#/search' + (text ? '?q=' + encodeURIComponent(text) : '');
});

window.addEventListener('hashchange', route);
route();
