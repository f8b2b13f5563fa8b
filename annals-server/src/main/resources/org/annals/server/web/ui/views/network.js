// Actor network: codes as nodes, source→target edges coloured by cooperation versus conflict.
import { api } from '../api.js';
import { chart } from '../charts.js';
import { esc, fmt, render } from '../dom.js';

const MAX_NODES = 80;

export async function network(route, isCurrent) {
  const filters = Object.fromEntries(route.params.entries());
  const n = await api('/network', filters);
  if (!isCurrent()) {
    return;
  }
  const nodes = [...n.nodes].sort((x, y) => y.events - x.events).slice(0, MAX_NODES);
  const kept = new Set(nodes.map((x) => x.id));
  const edges = n.edges.filter((e) => kept.has(e.source) && kept.has(e.target) && e.source !== e.target);
  const busiest = [...edges].sort((x, y) => y.events - x.events).slice(0, 10);
  const biggest = Math.max(1, ...nodes.map((x) => x.events));
  const view = render(`
    <h1>Actor network</h1>
    <p class="muted">${fmt(n.nodes.length)} actors, ${fmt(n.edges.length)} directed pairs over ${fmt(n.events)} events${
      n.nodes.length > MAX_NODES ? `; the ${MAX_NODES} busiest actors shown` : ''}.
      Green: mostly cooperation; red: mostly conflict. Click an actor for its events.</p>
    <div class="grid">
      <div class="card span-8"><div class="chart tall" id="network-chart"></div></div>
      <div class="card span-4"><h2>Busiest pairs</h2><ul class="plain">
        ${busiest.map((e) => `<li><a href="#/dyad?a=${encodeURIComponent(e.source)}&b=${encodeURIComponent(e.target)}">${esc(e.source)} → ${esc(e.target)}</a>
          <span class="muted">${fmt(e.events)} (${fmt(e.cooperation)} coop., ${fmt(e.conflict)} confl.)</span></li>`).join('')
          || '<li class="muted">No pairs.</li>'}
      </ul></div>
    </div>`);
  const c = chart(view.querySelector('#network-chart'));
  c.setOption({
    tooltip: {
      formatter: (p) => (p.dataType === 'edge'
        ? `${esc(p.data.source)} → ${esc(p.data.target)}: ${p.data.events} events (${p.data.cooperation} cooperation, ${p.data.conflict} conflict)`
        : `${esc(p.data.id)} ${esc(p.data.label)}: ${p.data.source} as source, ${p.data.target} as target`),
    },
    series: [{
      type: 'graph',
      layout: 'force',
      roam: true,
      draggable: true,
      force: { repulsion: 180, edgeLength: [60, 160], gravity: 0.08 },
      edgeSymbol: ['none', 'arrow'],
      edgeSymbolSize: 6,
      label: { show: true, position: 'right', fontSize: 11, formatter: (p) => p.data.id },
      data: nodes.map((x) => ({
        id: x.id, name: x.id, label: x.name, source: x.source, target: x.target,
        symbolSize: 8 + 30 * Math.sqrt(x.events / biggest),
        itemStyle: { color: '#2456a6' },
      })),
      links: edges.map((e) => ({
        source: e.source, target: e.target, events: e.events,
        cooperation: e.cooperation, conflict: e.conflict,
        lineStyle: {
          color: e.cooperation >= e.conflict ? '#2e7d32' : '#c62828',
          width: Math.min(8, 1 + Math.log2(e.events)),
          opacity: 0.6,
          curveness: 0.15,
        },
      })),
    }],
  });
  c.on('click', (p) => {
    if (p.dataType === 'node') {
      location.hash = '#/events?actor=' + encodeURIComponent(p.data.id);
    }
  });
}
