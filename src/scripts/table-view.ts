// Enhances server-rendered tables (home, year, district, explorers, compare): header buttons sort by a
// column (missing values last either way), the form's selects and search box hide the rows that do
// not match, and all of it lives in the address (src/scripts/url-state.ts). Without JavaScript the
// table reads complete, in its server order.
//   <form data-view-controls> <select name="district"> … <input type="search" name="q"> <output> </form>
//   <table data-view> <th data-key="score" data-type="number"> … <tr data-district="白云区" data-q="太和镇"> <td data-sort="98.95">
import { followState, readState, writeState, type State } from './url-state.ts';

const table = document.querySelector<HTMLTableElement>('table[data-view]');
const form = document.querySelector<HTMLFormElement>('form[data-view-controls]');
if (table?.tHead && table.tBodies[0]) enhance(table, table.tBodies[0]);

function enhance(table: HTMLTableElement, body: HTMLTableSectionElement): void {
  const headers = [...table.tHead!.rows[0]!.cells].filter((th) => th.dataset.key);
  const serverOrder = [...body.rows];
  const controls = form ? [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select[name], input[name]')] : [];
  const count = form?.querySelector('output');
  const noun = table.dataset.noun ?? '行';

  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...th.childNodes);
    th.append(button);
    // The first click puts the best first: highest number, or A→Z for text.
    button.addEventListener('click', () => {
      const state = readState();
      const first = th.dataset.type === 'number' ? 'desc' : 'asc';
      const dir = state.sort === th.dataset.key ? (state.dir === 'asc' ? 'desc' : 'asc') : first;
      update({ ...state, sort: th.dataset.key!, dir }, true);
    });
  }
  for (const control of controls) {
    const typing = control instanceof HTMLInputElement && control.type === 'search';
    control.addEventListener(typing ? 'input' : 'change', () => update({ ...readState(), [control.name]: control.value.trim() }, !typing));
  }
  form?.addEventListener('submit', (e) => e.preventDefault());
  if (form) form.hidden = false;
  followState(apply);

  function update(state: State, push: boolean): void {
    writeState(state, push);
    apply(state);
  }

  function apply(state: State): void {
    for (const control of controls) control.value = state[control.name] ?? '';
    sort(state.sort, state.dir === 'asc' ? 1 : -1);
    let shown = 0;
    for (const row of body.rows) {
      row.hidden = !controls.every((c) => matches(row, c.name, state[c.name] ?? ''));
      if (!row.hidden) shown++;
    }
    if (count) count.textContent = `显示 ${shown} / ${body.rows.length} ${noun}`;
  }

  function matches(row: HTMLTableRowElement, name: string, value: string): boolean {
    if (!value) return true;
    const field = row.dataset[name] ?? '';
    return name === 'q' ? field.toLowerCase().includes(value.toLowerCase()) : field === value;
  }

  function sort(key: string | undefined, direction: number): void {
    const column = headers.findIndex((th) => th.dataset.key === key);
    for (const th of headers) th.removeAttribute('aria-sort');
    const th = headers[column];
    if (!th) {
      body.append(...serverOrder);
      return;
    }
    th.setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending');
    const index = th.cellIndex;
    const numeric = th.dataset.type === 'number';
    const value = (row: HTMLTableRowElement): string => row.cells[index]?.dataset.sort ?? row.cells[index]?.textContent?.trim() ?? '';
    const rows = [...serverOrder].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      if (!x || !y) return Number(!x) - Number(!y);
      return direction * (numeric ? Number(x) - Number(y) : x.localeCompare(y, 'zh-CN'));
    });
    body.append(...rows);
  }
}
