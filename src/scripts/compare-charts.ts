// Interaction on the compare page, whose chart is already drawn as SVG at build time: the measure, the
// order, the shape (bars or a distribution by district) and the highlighted units come from the address
// (?measure=score&order=name&chart=strip&hl=id1,id2), so a copied link shows the same; a change redraws
// the SVG with the same pure code the build used (src/site/compare-view.ts). Tooltips are the SVG's <title>s.
import type { CompareData } from '../site/chart-data.ts';
import { compareView, highlighted } from '../site/compare-view.ts';
import { followState, readState, writeState, type State } from './url-state.ts';

const data: CompareData = JSON.parse(document.getElementById('compare-data')?.textContent ?? 'null');
const figure = document.querySelector<HTMLElement>('[data-compare]');
const form = document.querySelector<HTMLFormElement>('[data-compare-controls]');

function start(data: CompareData, figure: HTMLElement, form: HTMLFormElement): void {
  const box = figure.querySelector<HTMLElement>('[data-chart-box]')!;
  const title = figure.querySelector('figcaption')!;
  const summary = figure.querySelector<HTMLElement>('#chart-summary')!;
  const measure = form.querySelector<HTMLSelectElement>('select[name="measure"]')!;
  const order = form.querySelector<HTMLSelectElement>('select[name="order"]')!;
  const shape = form.querySelector<HTMLSelectElement>('select[name="chart"]')!;
  const clear = form.querySelector<HTMLButtonElement>('[data-clear-highlight]')!;
  // The build drew the default view; redraw only when the address asks for another.
  let drawn = JSON.stringify({ measure: '', order: '', chart: '', hl: '' });

  const update = (next: State, push: boolean) => {
    writeState(next, push);
    apply(next);
  };
  measure.addEventListener('change', () =>
    update({ ...readState(), measure: measure.value === data.charts[0]!.id ? '' : measure.value }, true),
  );
  order.addEventListener('change', () => update({ ...readState(), order: order.value }, true));
  shape.addEventListener('change', () => update({ ...readState(), chart: shape.value }, true));
  clear.addEventListener('click', () => update({ ...readState(), hl: '' }, true));
  addHighlightButtons((id) => {
    const chosen = highlighted(readState());
    const next = chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id];
    update({ ...readState(), hl: next.join(',') }, true);
  });
  form.hidden = false;
  followState(apply);

  function apply(state: State): void {
    const known = {
      measure: state.measure ?? '',
      order: state.order === 'name' ? 'name' : '',
      chart: state.chart === 'bars' || state.chart === 'strip' ? state.chart : '',
      hl: state.hl ?? '',
    };
    const view = compareView(data, known);
    measure.value = view.id;
    order.value = known.order;
    shape.value = known.chart;
    const chosen = highlighted(known);
    clear.hidden = chosen.length === 0;
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-highlight]'))
      button.setAttribute('aria-pressed', String(chosen.includes(button.dataset.highlight!)));
    const key = JSON.stringify({ ...known, measure: view.id === data.charts[0]!.id ? '' : view.id });
    if (key === drawn) return;
    drawn = key;
    title.textContent = view.title;
    box.innerHTML = view.svg;
    summary.textContent = view.summary;
  }
}

/** A "突出" toggle in each table row, naming the unit it highlights. */
function addHighlightButtons(toggle: (id: string) => void): void {
  for (const row of document.querySelectorAll<HTMLTableRowElement>('table[data-view] tbody tr[data-id]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'highlight';
    button.dataset.highlight = row.dataset.id!;
    button.setAttribute('aria-pressed', 'false');
    button.textContent = '突出';
    button.setAttribute('aria-label', `在图中突出 ${row.dataset.q ?? ''}`);
    button.addEventListener('click', () => toggle(row.dataset.id!));
    row.cells[0]!.append(' ', button);
  }
}

// Last, so every helper above is defined when it runs.
if (data && figure && form) start(data, figure, form);
