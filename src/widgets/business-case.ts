// <business-case>: recomputes the server-rendered business case as the reader types. A field that
// cannot be read gets its message and the last complete result stays on screen. Share links carry
// the figures after `#`; nothing is stored. What it shows comes from src/lib/business-case-view.ts.
import { caseView, decodeShare, fieldText, readForm, SHARE_PREFIX } from '../lib/business-case-view.ts';
import { UNITS, UNIT_OF, type CaseInputs } from '../lib/business-case.ts';
import { isBusinessCaseData, type BusinessCaseData } from './business-case-data.ts';
import { WidgetElement } from './widget-element.ts';
import { copyText, downloadText } from './clipboard.ts';

const SVG = 'http://www.w3.org/2000/svg';

class BusinessCase extends WidgetElement<BusinessCaseData> {
  protected readonly isData = isBusinessCaseData;
  /** The last figures that made a complete case: what the result shows. */
  private inputs!: CaseInputs;

  protected start() {
    this.inputs = { ...this.data.defaults };
    this.on('form', 'input', () => this.update());
    this.on('form', 'submit', (e) => e.preventDefault());
    this.on('share', 'click', () => void this.copyShare());
    this.on('csv', 'click', () =>
      downloadText(this, 'business-case.csv', 'text/csv', caseView(this.inputs, this.data).csv, this.find('status')),
    );
    this.on('print', 'click', () => window.print());
    this.on('reset', 'click', () => this.open(this.data.defaults, false));
    addEventListener('hashchange', () => this.openHash());
    this.openHash();
    this.render();
  }

  /** Opens the figures of a share link in the address, if there is one; a broken one keeps what is shown. */
  private openHash() {
    const hash = location.hash.slice(1);
    if (!hash.startsWith(SHARE_PREFIX)) return;
    const decoded = decodeShare(hash, this.data);
    if (decoded.ok) this.open(decoded.inputs, true);
    else this.notice(`${decoded.error} Your figures are kept as they were.`);
  }

  private open(inputs: CaseInputs, shared: boolean) {
    for (const field of this.findAll<HTMLInputElement | HTMLSelectElement>('field'))
      field.value = fieldText(inputs[field.dataset.key!]!, UNITS[UNIT_OF[field.dataset.key!]!].whole);
    this.find('shared').hidden = !shared;
    if (!shared) history.replaceState(null, '', location.pathname);
    this.update();
  }

  private update() {
    const texts = Object.fromEntries(this.findAll<HTMLInputElement>('field').map((f) => [f.dataset.key!, f.value]));
    const read = readForm(texts, this.data);
    const errors = read.ok ? {} : read.errors;
    for (const field of this.findAll<HTMLInputElement>('field')) {
      const id = field.dataset.key!;
      const message = this.find('error', id);
      message.textContent = errors[id] ?? '';
      message.hidden = !errors[id];
      if (errors[id]) field.setAttribute('aria-invalid', 'true');
      else field.removeAttribute('aria-invalid');
    }
    const count = Object.keys(errors).length;
    this.find('status').textContent = count
      ? `${count === 1 ? 'One field needs' : `${count} fields need`} a correction; the result below is from your last complete figures.`
      : '';
    for (const list of this.findAll('shape')) list.hidden = list.dataset.key !== texts['team-size'];
    if (read.ok) {
      this.inputs = read.inputs;
      this.render();
    }
  }

  private render() {
    const view = caseView(this.inputs, this.data);
    this.find('summary').textContent = view.summary;
    view.rows.forEach((row, i) => row.cells.forEach((cell, j) => (this.find('cell', `${i}-${j}`).textContent = cell)));
    this.findAll('line').forEach((line, i) => line.setAttribute('points', view.chart.lines[i]!));
    const zero = this.find('zero');
    zero.setAttribute('y1', String(view.chart.zero));
    zero.setAttribute('y2', String(view.chart.zero));
    const [x1, x2] = [zero.getAttribute('x1')!, zero.getAttribute('x2')!];
    this.find('ticks').replaceChildren(
      ...view.chart.ticks.flatMap((t) => {
        const grid = document.createElementNS(SVG, 'line');
        for (const [k, v] of [
          ['class', 'grid'],
          ['x1', x1],
          ['x2', x2],
          ['y1', String(t.y)],
          ['y2', String(t.y)],
        ])
          grid.setAttribute(k!, v!);
        const label = document.createElementNS(SVG, 'text');
        for (const [k, v] of [
          ['class', 'y'],
          ['x', String(Number(x1) - 8)],
          ['y', String(t.y)],
        ])
          label.setAttribute(k!, v!);
        label.textContent = t.label;
        return [grid, label];
      }),
    );
    this.find<HTMLInputElement>('share-url').value = `${location.origin}${location.pathname}#${view.share}`;
  }

  private async copyShare() {
    const input = this.find<HTMLInputElement>('share-url');
    if (await copyText(input.value)) return void (this.find('status').textContent = 'Share link copied.');
    input.focus();
    input.select();
    this.find('status').textContent = 'Copying was refused: the link is selected, press Ctrl+C (or ⌘C) to copy it.';
  }
}

customElements.define('business-case', BusinessCase);
