// Enhances the home page's server-rendered report table: header buttons sort by a column (missing
// values last either way), and the year and district selects hide the rows that do not match.
const table = document.querySelector<HTMLTableElement>('table[data-sortable]');
const filters = document.querySelector<HTMLElement>('[data-filters]');
if (table?.tHead && table.tBodies[0]) enhance(table.tHead.rows[0]!, table.tBodies[0]);

function enhance(headerRow: HTMLTableRowElement, body: HTMLTableSectionElement): void {
  const headers = [...headerRow.cells];
  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => sortBy(th, column));
  });

  function sortBy(th: HTMLTableCellElement, column: number): void {
    const direction = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    for (const h of headers) h.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending');
    const numeric = th.dataset.type === 'number';
    const key = (row: HTMLTableRowElement): string => row.cells[column]?.dataset.sort ?? '';
    const rows = [...body.rows].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      if (!x || !y) return Number(!x) - Number(!y);
      return direction * (numeric ? Number(x) - Number(y) : x.localeCompare(y, 'zh-CN'));
    });
    body.append(...rows);
  }

  if (!filters) return;
  const selects = [...filters.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const count = filters.querySelector('output');
  const apply = (): void => {
    let shown = 0;
    for (const row of body.rows) {
      row.hidden = !selects.every((s) => !s.value || row.dataset[s.dataset.filter!] === s.value);
      if (!row.hidden) shown++;
    }
    if (count) count.textContent = `显示 ${shown} / ${body.rows.length} 份报告`;
  };
  for (const s of selects) s.addEventListener('change', apply);
  filters.hidden = false;
  apply();
}
