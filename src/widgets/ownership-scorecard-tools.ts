// The scorecard's parts that most visits never use, loaded by <ownership-scorecard> on first use
// (ownership-scorecard.ts, through src/integrations/lazy-chunk.ts): the history with its trend per
// role, the team comparison, and the downloads (CSV, JSON, the radar as SVG and PNG). What they show
// is worked out in src/lib/scorecard-tools.ts and src/lib/scorecard-trend.ts; this file puts it in the DOM.
import type { SavedScorecard } from '../lib/scorecard.ts';
import { compareTeam, exportJson, exportRows, historyView, toCsv } from '../lib/scorecard-tools.ts';
import { SPARKLINE, paintStyle, pngSize, radarFileName, trendView } from '../lib/scorecard-trend.ts';
import type { ScorecardSetup, Shown } from '../lib/scorecard-view.ts';
import { downloadBlob, downloadText } from './clipboard.ts';
import { el } from './dom.ts';

/** The scorecard element's parts by data-part name (WidgetElement.find). */
export type Find = <T extends HTMLElement = HTMLElement>(name: string, key?: string) => T;

const SVG = 'http://www.w3.org/2000/svg';
const svgEl = (tag: string, attributes: Record<string, string | number>) => {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
  return node;
};
const rowHeader = (text: string) => Object.assign(el('th', text), { scope: 'row' });

/** What changed since the last snapshot, and every snapshot as a table and a sparkline per role. */
export function renderHistory(find: Find, setup: ScorecardSetup, on: Shown, history: SavedScorecard['history']): void {
  const view = historyView(setup, on, history);
  find('changes').replaceChildren(el('p', view.changes.intro));
  if (view.changes.items.length) find('changes').append(el('ul', ...view.changes.items.map((c) => el('li', c))));
  const trend = trendView(setup, history, (iso) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }));
  find('trend').hidden = history.length === 0;
  find('trend-rows').replaceChildren(
    ...trend.dates.map((date, i) => el('tr', rowHeader(date), ...trend.roles.map((r) => el('td', String(r.levels[i] ?? '–'))))),
  );
  find('sparklines').replaceChildren(
    ...trend.roles.map((r) => {
      // In the theme's accent colour: a custom property, so set as a style (presentation attributes take none).
      const svg = svgEl('svg', {
        viewBox: `0 0 ${SPARKLINE.width} ${SPARKLINE.height}`,
        width: SPARKLINE.width,
        height: SPARKLINE.height,
        'aria-hidden': 'true',
        fill: 'currentColor',
        stroke: 'currentColor',
        'stroke-width': 2,
        style: 'flex:none;color:var(--sl-color-text-accent)',
      });
      svg.append(svgEl('path', { d: r.path, fill: 'none' }), ...r.points.map(([cx, cy]) => svgEl('circle', { cx, cy, r: 2.5 })));
      return el('li', svg, el('span', r.summary));
    }),
  );
}

export function compare(find: Find, setup: ScorecardSetup): void {
  const result = compareTeam(setup, find<HTMLTextAreaElement>('team-links').value);
  find('team-status').textContent = result.status;
  find('team-table').hidden = !result.rows;
  find('team-rows').replaceChildren(
    ...(result.rows ?? []).map((r) => {
      const row = el('tr', rowHeader(r.name), ...r.cells.map((c) => el('td', c)));
      row.classList.toggle('disputed', r.disputed);
      return row;
    }),
  );
}

/** The radar as a file of its own: the computed theme colours written onto each part, a background behind it. */
function radarSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  [copy, ...copy.querySelectorAll('*')].forEach((part, i) => {
    const style = getComputedStyle(originals[i]!);
    part.setAttribute(
      'style',
      paintStyle((p) => style.getPropertyValue(p)),
    );
  });
  const { width, height } = svg.viewBox.baseVal;
  copy.setAttribute('xmlns', SVG);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.prepend(svgEl('rect', { width, height, fill: getComputedStyle(document.body).backgroundColor }));
  return { text: new XMLSerializer().serializeToString(copy), width, height };
}

/** The radar drawn onto a canvas at twice its size, as a PNG. */
async function radarPng(svg: SVGSVGElement): Promise<Blob> {
  const { text, width, height } = radarSvg(svg);
  const image = new Image();
  // A data: URL, which the site's Content-Security-Policy allows for images (blob: it does not).
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const size = pngSize(width, height);
  const canvas = Object.assign(document.createElement('canvas'), size);
  canvas.getContext('2d')!.drawImage(image, 0, 0, size.width, size.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
}

export type DownloadKind = 'csv' | 'json' | 'svg' | 'png';

export async function download(host: HTMLElement, find: Find, setup: ScorecardSetup, on: Shown, kind: DownloadKind): Promise<void> {
  const status = find('summary');
  const radar = find('radar').closest('svg')!;
  if (kind === 'csv') downloadText(host, 'ownership-scorecard.csv', 'text/csv', toCsv(exportRows(setup, on)), status);
  else if (kind === 'json') downloadText(host, 'ownership-scorecard.json', 'application/json', exportJson(setup, on, new Date()), status);
  else if (kind === 'svg') downloadText(host, radarFileName('svg', new Date()), 'image/svg+xml', radarSvg(radar).text, status);
  else downloadBlob(host, radarFileName('png', new Date()), await radarPng(radar), status);
}
