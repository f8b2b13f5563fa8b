// ECharts (window.echarts, from the WebJar): charts live until the next route.

const live = [];

export function chart(el) {
  const c = window.echarts.init(el, null, { renderer: 'canvas' });
  live.push(c);
  return c;
}

export function disposeCharts() {
  while (live.length) {
    live.pop().dispose();
  }
}

window.addEventListener('resize', () => live.forEach((c) => c.resize()));
