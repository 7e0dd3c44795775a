// The text transformations behind scripts/variants.ts: each turns a report's text into the same
// report as another source would write it, e.g. "预算执行率达99.54%" → "预算执行率达９９．５４％",
// "66,446.66万元" → "664,466,600元", a paragraph → lines of 25–40 characters with "— 3 —" between.
export type Rng = () => number;

const between = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const mapLines = (text: string, f: (line: string, i: number) => string): string => text.split('\n').map(f).join('\n');

// ---- The title line: "2022年度广州市白云区太和镇人民政府 部门整体支出绩效自评报告" ------------------------

/** A year in ASCII or full-width digits: 2022, ２０２２. */
const YEAR = '[12１２][09０９][0-9０-９]{2}';
const TITLE = new RegExp(
  String.raw`^(?<lead>[#\s*]*)(?:(?<y1>${YEAR})\s*(?<n1>年度?)\s*)?(?<entity>\S.*?)\s*(?:(?<y2>${YEAR})\s*(?<n2>年度?)\s*)?(?<suffix>(?:部门)?(?:整体)?(?:支出)?绩效自评报告)[\s*]*$`,
);
const ANNEX = /^\s*附件\s*[0-9０-９]*\s*[:：]?\s*$/;

interface TitleLine {
  index: number;
  lead: string;
  year: string;
  nian: string;
  entity: string;
  suffix: string;
  yearFirst: boolean;
}

/** The first line near the top that names the year, the entity and the report. */
function findTitle(lines: readonly string[]): TitleLine | null {
  for (const [index, line] of lines.slice(0, 30).entries()) {
    const g = TITLE.exec(line)?.groups;
    const year = g?.y1 ?? g?.y2;
    if (!g || !year) continue;
    return {
      index,
      lead: g.lead!,
      year: year.normalize('NFKC'),
      nian: (g.n1 ?? g.n2)!,
      entity: g.entity!.trim(),
      suffix: g.suffix!,
      yearFirst: !!g.y1,
    };
  }
  return null;
}

function titleText(t: TitleLine, rng: Rng): string {
  const space = () => pick(rng, ['', ' ']);
  return t.yearFirst
    ? `${t.year}${space()}${t.nian}${t.entity}${space()}${t.suffix}`
    : `${t.entity}${space()}${t.year}${space()}${t.nian}${t.suffix}`;
}

function withTitle(edit: (t: TitleLine, lines: string[], rng: Rng) => void) {
  return (text: string, rng: Rng): string => {
    const lines = text.split('\n');
    const title = findTitle(lines);
    if (title) edit(title, lines, rng);
    return lines.join('\n');
  };
}

export const titleYearSwap = withTitle((t, lines, rng) => {
  lines[t.index] = t.lead + titleText({ ...t, yearFirst: !t.yearFirst }, rng);
});

export const titleNianSwap = withTitle((t, lines, rng) => {
  lines[t.index] = t.lead + titleText({ ...t, nian: t.nian === '年度' ? '年' : '年度' }, rng);
});

/** "附件 2" above the title, replacing a label that is already there. */
export const titleAnnex = withTitle((t, lines, rng) => {
  const label = pick(rng, ['附件1', '附件 2', '附件2：', '附件 3']);
  const above = lines.slice(0, t.index).findLastIndex((l) => l.trim() !== '');
  if (above >= 0 && ANNEX.test(lines[above]!)) lines[above] = label;
  else lines.splice(t.index, 0, label, '');
});

/** A centred title broken after the entity, as a PDF lays it out over two lines. */
export const titleWrap = withTitle((t, lines, rng) => {
  const text = titleText(t, rng);
  const cut = text.length - t.suffix.length;
  lines[t.index] = `${t.lead}${text.slice(0, cut).trimEnd()}\n${text.slice(cut)}`;
});

// ---- Heading markers: (一) / （一）, 一、 / 一. , 1. / 1、, （1） / ⑴ ------------------------------------

const AT_LINE_START = String.raw`^([ \t]*(?:[-*+]\s+)?)`;
const CN = '一二三四五六七八九十';

/** Rewrites the marker of every line that opens with `pattern`, whose one group is the marker's number. */
function markers(pattern: string, rewrite: (n: string) => string) {
  const re = new RegExp(AT_LINE_START + pattern, 'gm');
  return (text: string): string => text.replace(re, (_, lead: string, n: string) => lead + rewrite(n));
}

export const parenFullWidth = markers(String.raw`\(\s*([${CN}\d]{1,3})\s*\)`, (n) => `（${n}）`);
export const parenAscii = markers(String.raw`（\s*([${CN}\d]{1,3})\s*）`, (n) => `(${n})`);
export const cnDot = markers(`([${CN}]{1,3})、`, (n) => `${n}. `);
export const arabicComma = markers(String.raw`(\d{1,2})\.\s*(?!\d)`, (n) => `${n}、`);
export const arabicDot = markers(String.raw`(\d{1,2})、`, (n) => `${n}.`);
export const circled = markers(String.raw`[（(]\s*(\d{1,2})\s*[）)]`, (n) =>
  Number(n) >= 1 && Number(n) <= 20 ? String.fromCharCode(0x2473 + Number(n)) : `（${n}）`,
);

// ---- Numbers: 万元 → 元 / 亿元, thousands separators, full-width forms --------------------------------

/** A number that is not the tail of another ("1,797" but not "797" of it), in ASCII digits. */
const NUMBER_START = String.raw`(?<![\d.])(?<!\d,)`;
const WAN_YUAN = new RegExp(String.raw`${NUMBER_START}(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s*)万元`, 'g');
const BEFORE_MONEY = String.raw`(?=(?:\.\d+)?\s*(?:万元|亿元|元))`;

/** Moves the decimal point of "66,446.66" by `places` exactly, in decimal: (…, 4) → "664466600". */
export function shiftDecimal(number: string, places: number): string {
  const [int = '', frac = ''] = number.replace(/,/g, '').split('.');
  let digits = int + frac;
  let point = int.length + places;
  if (point > digits.length) digits = digits.padEnd(point, '0');
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const fraction = digits.slice(point).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

const grouped = (number: string): string => number.replace(/^\d+/, (int) => int.replace(/\B(?=(\d{3})+$)/g, ','));

export const toYuan =
  (separators: boolean) =>
  (text: string): string =>
    text.replace(WAN_YUAN, (_, int: string, frac = '', space: string) => {
      const yuan = shiftDecimal(int + frac, 4);
      return `${separators ? grouped(yuan) : yuan}${space}元`;
    });

/** Amounts of 1,000 万元 and more as 亿元: "66,446.66万元" → "6.644666亿元". */
export const toYi = (text: string): string =>
  text.replace(WAN_YUAN, (all, int: string, frac = '', space: string) =>
    Number(int.replace(/,/g, '')) >= 1000 ? `${shiftDecimal(int + frac, -4)}${space}亿元` : all,
  );

export const separatorsOff = (text: string): string =>
  text.replace(new RegExp(String.raw`${NUMBER_START}\d{1,3}(?:,\d{3})+${BEFORE_MONEY}`, 'g'), (n) => n.replace(/,/g, ''));
export const separatorsOn = (text: string): string =>
  text.replace(new RegExp(String.raw`${NUMBER_START}\d{4,}${BEFORE_MONEY}`, 'g'), grouped);

const FULL_WIDTH_OF: Record<string, string> = { '.': '．', '%': '％', ',': '，', ':': '：', '(': '（', ')': '）' };
export const fullWidth = (text: string): string =>
  text.replace(/[0-9.%,:()]/g, (ch) => FULL_WIDTH_OF[ch] ?? String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

// ---- Markdown: "## 一、基本情况", "**66,446.66万元**" ----------------------------------------------------

const HEADING_LEVELS: [RegExp, number][] = [
  [new RegExp(`^[${CN}]{1,3}[、.]`), 2],
  [new RegExp(`^[（(][${CN}]{1,3}[）)]`), 3],
  [/^\d{1,2}(?:[.、]|\s)(?!\d)/, 4],
];

/** The Markdown level of a short heading line, or 0 for running text. */
function headingLevel(line: string): number {
  const text = line.trim();
  if (text.length > 30 || /[。；;]./.test(text)) return 0;
  return HEADING_LEVELS.find(([re]) => re.test(text))?.[1] ?? 0;
}

export const markdownHeadings = (text: string): string => {
  const title = findTitle(text.split('\n'))?.index;
  return mapLines(text, (line, i) => {
    const level = i === title ? 1 : headingLevel(line);
    return level ? `${'#'.repeat(level)} ${line.trim()}` : line;
  });
};

const AMOUNT_OR_PERCENT = new RegExp(String.raw`${NUMBER_START}(\d[\d,]*(?:\.\d+)?)(\s*(?:万元|亿元|元|%))`, 'g');

/** Bold short headings and, at random, amounts and percents: the whole "**99.54%**" or the number alone. */
export const markdownBold = (text: string, rng: Rng): string =>
  mapLines(text, (line) => (headingLevel(line) ? `**${line.trim()}**` : line)).replace(
    AMOUNT_OR_PERCENT,
    (all, n: string, unit: string) => {
      const r = rng();
      return r < 0.3 ? `**${all}**` : r < 0.5 ? `**${n}**${unit}` : all;
    },
  );

// ---- Layout: PDF extraction's wrapped lines, page footers, lost line breaks, a cover --------------------

const DIGIT = '[0-9０-９]';
/** The end of a number that a unit follows: a PDF line may break right there ("15.4\n万人次"). */
const NUMBER_BEFORE_UNIT = new RegExp(
  String.raw`${DIGIT}(?:[0-9０-９,，.．]*${DIGIT})?(?=\s*(?:万人次|人次|万元|亿元|元|%|％|分|个|家|次|人|户|件))`,
  'g',
);

/** Where a line may not break: next to a space (the join would lose it), inside a surrogate pair or inside "**". */
const unbreakable = (line: string, at: number): boolean =>
  /\s/.test(line[at - 1] ?? '') ||
  /\s/.test(line[at] ?? '') ||
  /[\ud800-\udbff]/.test(line[at - 1] ?? '') ||
  line.slice(at - 1, at + 1) === '**';

/** Pieces of about `width` characters, as a PDF line of fixed width holds them: a piece is at most 6 shorter. */
function breakLine(line: string, width: number, rng: Rng): string[] {
  const unitBreaks = [...line.matchAll(NUMBER_BEFORE_UNIT)].map((m) => m.index + m[0].length);
  const pieces: string[] = [];
  let from = 0;
  while (line.length - from > width + 3) {
    let to = from + width;
    const near = unitBreaks.find((b) => Math.abs(b - to) <= 3);
    if (near !== undefined && rng() < 0.5) to = near;
    while (to > from + width - 6 && unbreakable(line, to)) to--;
    pieces.push(line.slice(from, to));
    from = to;
  }
  pieces.push(line.slice(from));
  return pieces;
}

/** Every paragraph but the title hard-wrapped at one random width of 25–40, optionally with blank lines between. */
export const wrap =
  (blankLines: boolean) =>
  (text: string, rng: Rng): string => {
    const width = between(rng, 25, 40);
    const title = findTitle(text.split('\n'))?.index;
    return mapLines(text, (line, i) => (i === title ? line : breakLine(line, width, rng).join(blankLines ? '\n\n' : '\n')));
  };

export const FOOTER_STYLES: Record<string, (page: number, pages: number) => string> = {
  dash: (n) => `— ${n} —`,
  hyphen: (n) => `- ${n} -`,
  'page-of': (n, total) => `第 ${n} 页 共 ${total} 页`,
  slash: (n, total) => `${n} / ${total}`,
  bare: (n) => `${n}`,
};

/** A line break inside a number ("1,79" / "7万元"): no footer goes there, or no quote of it could show the number. */
const splitsNumber = (before: string, after: string): boolean => /[0-9０-９][,，.．]?$/.test(before) && /^[,，.．]?[0-9０-９]/.test(after);

/** A page footer after every 6–14 lines below the title, alone or between blank lines. */
export const footers =
  (style: (page: number, pages: number) => string) =>
  (text: string, rng: Rng): string => {
    const lines = text.split('\n');
    const every = between(rng, 6, 14);
    const pages = Math.ceil(lines.length / every) + 1;
    const out: string[] = [];
    let due = (findTitle(lines)?.index ?? 0) + every;
    let page = 1;
    for (const [i, line] of lines.entries()) {
      out.push(line);
      if (i + 1 < due) continue;
      const before = lines.slice(0, i + 1).findLast((l) => l.trim());
      const after = lines.slice(i + 1).find((l) => l.trim());
      if (after === undefined || splitsNumber(before?.trim() ?? '', after.trim())) continue;
      const footer = style(page++, pages);
      out.push(...(rng() < 0.5 ? ['', footer, ''] : [footer]));
      due = i + 1 + every;
    }
    return out.join('\n');
  };

export const flatten = (text: string): string => text.replace(/\r\n|\r|\n/g, '');

export const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');

const TOP_HEADING = new RegExp(`^(?:[${CN}]{1,3}[、.]|[（(][${CN}]{1,3}[）)])`);

/** The first two levels of headings below the title, for a 目录. */
function tocHeadings(lines: readonly string[], from: number): string[] {
  return lines
    .slice(from)
    .map((l) => l.replace(/^[#\s]+|\*\*/g, '').trim())
    .filter((l) => l.length <= 30 && TOP_HEADING.test(l.normalize('NFKC')));
}

/** A cover page before the title: 附件1, 单位名称（盖章）, 填报日期 in the next year, and a 目录 of the headings. */
export const cover = (text: string, rng: Rng): string => {
  const lines = text.split('\n');
  const title = findTitle(lines);
  if (!title) return text;
  // The attachment label moves from above the title to the top of the cover.
  const above = lines.slice(0, title.index).findLastIndex((l) => l.trim() !== '');
  const hasAnnex = above >= 0 && ANNEX.test(lines[above]!);
  const annex = hasAnnex ? lines[above]!.trim() : '附件1';
  const leader = pick(rng, ['……………………', '\t', ' .......... ']);
  let page = 1;
  const toc = tocHeadings(lines, title.index + 1).map((h) => `${h}${leader}${(page += between(rng, 0, 3))}`);
  const block = [
    annex,
    '',
    `单位名称（盖章）：${title.entity}`,
    `填报日期：${Number(title.year) + 1}年3月1日`,
    '',
    '目  录',
    '',
    ...toc,
    '',
  ];
  return [...block, ...lines.slice(hasAnnex ? above + 1 : 0)].join('\n');
};
