// Draws the Grafana dashboard (ops/grafana/dashboards/khaacho.json) as a page, from its own panels and
// PromQL queries asked of a Prometheus over a time range: a picture of the dashboard where Grafana is not
// at hand. Node 18 or later, nothing to install.
//
//   node ops/dashboard/render.mjs --prometheus http://127.0.0.1:19090 --start <unix s> --end <unix s> \
//        --out dashboard.html [--dashboard ops/grafana/dashboards/khaacho.json] [--title "…"]
import { readFileSync, writeFileSync } from 'node:fs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, value, i, all) =>
  (value.startsWith('--') ? pairs.concat([[value.slice(2), all[i + 1]]]) : pairs), []));
for (const required of ['prometheus', 'start', 'end', 'out']) {
  if (!args[required]) { console.error(`missing --${required}`); process.exit(2); }
}
const dashboard = JSON.parse(readFileSync(args.dashboard || 'ops/grafana/dashboards/khaacho.json', 'utf8'));
const start = Number(args.start), end = Number(args.end);
const step = Math.max(5, Math.round((end - start) / 240));
const COLOURS = ['#73bf69', '#f2cc0c', '#5794f2', '#ff9830', '#f2495c', '#b877d9', '#8ab8ff', '#ffb357', '#96d98d', '#ca95e5'];

async function range(expr) {
  const url = new URL('/api/v1/query_range', args.prometheus);
  url.search = new URLSearchParams({ query: expr, start, end, step }).toString();
  const answer = await (await fetch(url)).json();
  if (answer.status !== 'success') throw new Error(`${expr}: ${answer.error}`);
  return answer.data.result;
}

function legend(format, metric) {
  return (format || '{{__name__}}').replace(/\{\{\s*(\w+)\s*\}\}/g, (_, label) => metric[label] ?? '');
}

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

function number(value) {
  const a = Math.abs(value);
  if (a >= 1e9) return (value / 1e9).toFixed(1) + ' G';
  if (a >= 1e6) return (value / 1e6).toFixed(1) + ' M';
  if (a >= 1e3) return (value / 1e3).toFixed(1) + ' k';
  if (a >= 10 || a === 0) return value.toFixed(0);
  if (a >= 0.01) return value.toFixed(2);
  return value.toExponential(1);
}

function clock(seconds) {
  return new Date(seconds * 1000).toISOString().slice(11, 16);
}

function chart(series) {
  const W = 560, H = 190, L = 52, B = 22;
  const points = series.flatMap((s) => s.values.map(([, v]) => Number(v))).filter(Number.isFinite);
  if (!points.length) return `<div class="empty">No data</div>`;
  let lo = Math.min(0, ...points), hi = Math.max(...points);
  if (hi === lo) hi = lo + 1;
  const x = (t) => L + ((t - start) / (end - start)) * (W - L - 6);
  const y = (v) => 6 + (1 - (v - lo) / (hi - lo)) * (H - B - 6);
  const grid = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const v = lo + f * (hi - lo);
    return `<line x1="${L}" x2="${W - 6}" y1="${y(v)}" y2="${y(v)}" class="grid"/><text x="${L - 6}" y="${y(v) + 4}" class="axis" text-anchor="end">${number(v)}</text>`;
  }).join('');
  const times = [0, 0.5, 1].map((f) => {
    const t = start + f * (end - start);
    return `<text x="${x(t)}" y="${H - 4}" class="axis" text-anchor="${f === 0 ? 'start' : f === 1 ? 'end' : 'middle'}">${clock(t)}</text>`;
  }).join('');
  const lines = series.map((s, i) => {
    const path = s.values.filter(([, v]) => Number.isFinite(Number(v)))
      .map(([t, v]) => `${x(Number(t)).toFixed(1)},${y(Number(v)).toFixed(1)}`).join(' ');
    return `<polyline points="${path}" fill="none" stroke="${COLOURS[i % COLOURS.length]}" stroke-width="1.6"/>`;
  }).join('');
  return `<svg viewBox="0 0 ${W} ${H}" preserveAspectRatio="none">${grid}${times}${lines}</svg>`;
}

const panels = [];
for (const panel of dashboard.panels) {
  const { x, y, w, h } = panel.gridPos;
  const place = `grid-column: ${x + 1} / span ${w}; grid-row: ${y + 1} / span ${h};`;
  if (panel.type === 'row') {
    panels.push(`<h2 style="${place}">${escape(panel.title)}</h2>`);
    continue;
  }
  const series = [];
  for (const target of panel.targets || []) {
    for (const result of await range(target.expr)) {
      series.push({ name: legend(target.legendFormat, result.metric), values: result.values });
    }
  }
  series.sort((a, b) => a.name.localeCompare(b.name));
  const shown = series.slice(0, 10);
  const keys = shown.map((s, i) => {
    const last = Number(s.values[s.values.length - 1][1]);
    return `<li><i style="background:${COLOURS[i % COLOURS.length]}"></i>${escape(s.name || '—')} <b>${number(last)}</b></li>`;
  }).join('') + (series.length > shown.length ? `<li>… ${series.length - shown.length} more</li>` : '');
  panels.push(`<section style="${place}"><h3>${escape(panel.title)}</h3>${chart(shown)}<ul>${keys}</ul></section>`);
}

const title = args.title || dashboard.title;
writeFileSync(args.out, `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title><style>
body { margin: 0; background: #111217; color: #ccccdc; font: 13px/1.3 system-ui, sans-serif; }
header { padding: 12px 16px; border-bottom: 1px solid #2c2d33; display: flex; justify-content: space-between; }
header h1 { font-size: 17px; margin: 0; color: #fff; } header span { color: #8e8e9e; }
main { display: grid; grid-template-columns: repeat(24, 1fr); grid-auto-rows: 30px; gap: 8px; padding: 8px 16px 16px; }
h2 { margin: 0; font-size: 14px; color: #fff; align-self: end; }
section { background: #181b1f; border: 1px solid #2c2d33; border-radius: 3px; padding: 6px 10px; display: flex; flex-direction: column; min-height: 0; }
h3 { margin: 0 0 4px; font-size: 13px; color: #e0e0ea; font-weight: 500; }
svg { width: 100%; flex: 1; min-height: 0; } .grid { stroke: #2c2d33; } .axis { fill: #8e8e9e; font-size: 10px; }
ul { list-style: none; margin: 4px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 2px 12px; font-size: 11px; max-height: 44px; overflow: hidden; }
li i { display: inline-block; width: 12px; height: 3px; margin-right: 4px; vertical-align: middle; } li b { color: #fff; font-weight: 500; }
.empty { flex: 1; display: flex; align-items: center; justify-content: center; color: #8e8e9e; }
</style></head><body><header><h1>${escape(title)}</h1><span>${new Date(start * 1000).toISOString().slice(0, 16).replace('T', ' ')} – ${clock(end)} UTC · ${escape(args.note || '')}</span></header>
<main>${panels.join('\n')}</main></body></html>`);
console.log(`wrote ${args.out}: ${dashboard.panels.filter((p) => p.type !== 'row').length} panels, ${start}–${end}, step ${step}s`);
