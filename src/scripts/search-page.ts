// The search page's client: runs the query in ?q= (and each new one typed) against the Pagefind index
// at /pagefind/, and lists each report found with its unit, year, district and the matched words.
// The excerpt Pagefind returns is HTML; only its text and <mark> elements are copied into the page.
export {}; // a module: its names stay out of the global scope (window.status)

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('[data-search]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const MAX = 30;

let engine: Promise<Pagefind> | null = null;
const load = (): Promise<Pagefind> => {
  // A runtime URL: the index is written after the bundle, so the bundler must leave it alone.
  const url = '/pagefind/pagefind.js';
  engine ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (p) => {
    await p.options({ excerptLength: 24 });
    return p;
  });
  return engine;
};

/** The excerpt's text with its <mark>s, nothing else (parsed inert in a <template>). */
function excerpt(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else out.append(document.createTextNode(node.textContent ?? ''));
  }
  return out;
}

function item(r: PagefindResult): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = [r.meta.unit ?? r.meta.title, r.meta.year].filter(Boolean).join(' ');
  const where = document.createElement('span');
  where.className = 'where';
  where.textContent = ` ${r.filters?.district?.[0] ?? ''} · ${r.meta.title ?? ''}`;
  const p = document.createElement('p');
  p.append(excerpt(r.excerpt));
  li.append(a, where, p);
  return li;
}

let latest = 0;
async function run(query: string): Promise<void> {
  const mine = ++latest;
  const q = query.trim();
  const url = new URL(location.href);
  if (q) url.searchParams.set('q', q);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  if (!q) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  status.textContent = '正在搜索…';
  const found = await (await load()).search(q);
  const data = await Promise.all(found.results.slice(0, MAX).map((r) => r.data()));
  if (mine !== latest) return;
  list.replaceChildren(...data.map(item));
  status.textContent = found.results.length
    ? `找到 ${found.results.length} 份报告${found.results.length > MAX ? `，显示前 ${MAX} 份` : ''}。`
    : `没有找到含“${q}”的报告。`;
}

input.value = new URLSearchParams(location.search).get('q') ?? '';
let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(input.value), 200);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(input.value);
});
void run(input.value);
