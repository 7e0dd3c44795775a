// The search page's client: runs the query in ?q= (and each new one typed) against the Pagefind index,
// and lists each report found with its unit, year, district and the matched words. The index is one
// Pagefind index per year (src/site/search-shards.ts), listed in /pagefind/shards.json newest first: the
// first is loaded and the others merged into it (mergeIndex), so one search gives the results of all,
// ranked together by score (each shard scores against its own word statistics). The excerpt Pagefind
// returns is HTML; only its text and <mark> elements are copied into the page.
export {}; // a module: its names stay out of the global scope (window.status)

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}
interface PagefindSearch {
  results: { data(): Promise<PagefindResult> }[];
  /** For each filter, how many results have each value. */
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters: Record<string, { any: string[] }> }): Promise<PagefindSearch>;
  /** Loads every filter (a search gives counts of the filters loaded only). */
  filters(): Promise<unknown>;
}

const form = document.querySelector<HTMLFormElement>('[data-search]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const MAX = 30;

/** Each index's own options: a merged index does not take the first one's. */
const OPTIONS = { excerptLength: 24 };

let engine: Promise<Pagefind | null> | null = null;
/** Pagefind with every shard of the index, or null when the site has no report. */
const load = (): Promise<Pagefind | null> => {
  engine ??= fetch('/pagefind/shards.json')
    .then((response) => {
      if (!response.ok) throw new Error(`/pagefind/shards.json: ${response.status}`);
      return response.json() as Promise<string[]>;
    })
    .then(async ([first, ...others]) => {
      if (!first) return null;
      // A runtime URL: the index is written after the bundle, so the bundler must leave it alone.
      const p = (await import(/* @vite-ignore */ `${first}pagefind.js`)) as Pagefind;
      await p.options(OPTIONS);
      await Promise.all(others.map((path) => p.mergeIndex(path, OPTIONS)));
      return p;
    });
  return engine;
};

/**
 * Searches every shard as one index would. Pagefind leaves out of a search each word its index does
 * not hold; a shard is an index of its own, so a word only some shards hold (a year, a unit of one year)
 * would be left out in the others, which would then list every report that has the other words. So a
 * query of several parts (split at spaces: '太和 2019') first searches each part alone, and a shard
 * where a part found in another shard finds nothing is kept out (each document's filter `shard` says its
 * shard): no report of it has that part, so one index would not list it either. A part found nowhere
 * keeps out no shard, as one index leaves its words out. The parts are the user's, not words of
 * Pagefind's own splitting (which joins Chinese characters back into the index's words): a part alone
 * is searched as it is within the query.
 */
async function searchAll(pagefind: Pagefind, q: string): Promise<PagefindSearch> {
  const parts = [...new Set(q.split(/\s+/).filter(Boolean))];
  if (parts.length < 2) return pagefind.search(q);
  await pagefind.filters();
  const holding = (await Promise.all(parts.map(async (part) => (await pagefind.search(part)).filters.shard ?? {}))).filter((shards) =>
    Object.values(shards).some((n) => n > 0),
  );
  if (!holding.length) return pagefind.search(q);
  const shards = Object.keys(holding[0]!).filter((shard) => holding.every((h) => (h[shard] ?? 0) > 0));
  // No shard has a report with every part found somewhere: one index would list none either.
  if (!shards.length) return { results: [], filters: {} };
  return pagefind.search(q, { filters: { shard: { any: shards } } });
}

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
  const pagefind = await load();
  const found = pagefind ? await searchAll(pagefind, q) : { results: [] };
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
