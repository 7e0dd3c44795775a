// A report's original text as HTML, never parsed as Markdown or HTML (report text is untrusted):
// lines become headings (those report.sections name) or paragraphs, <mark id="src-START-END"> wraps
// each fact, and the HTML tree we build (text in text nodes only) goes through rehype-sanitize →
// rehype-stringify. Built as HTML (hast), not as Markdown (mdast) turned into HTML: that conversion
// walked every tree for link definitions and cloned every mark's properties (0.24 of 0.54 ms a report).
import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Report } from '../lib/schema.ts';
import { factsOf, planMarks, readingsOf, spansOf, stated, type Mark, type Range } from './source-marks.ts';

export interface SourceHeading {
  id: string;
  text: string;
  level: number;
}
export interface RenderedSource {
  html: string;
  headings: SourceHeading[];
  /** Ids of the marks in `html`: a link to `#${id}` works only for these. */
  marks: Set<string>;
}

interface Line extends Range {
  number: number;
}

// The page's own h2 (报告原文) holds the source, so the report's top level is h3.
const HEADINGS = ['h3', 'h4', 'h5', 'h6'];

// Only what we emit: ids are ours (offsets, line numbers), so no clobber prefix is needed.
const SCHEMA: SanitizeSchema = {
  tagNames: ['p', 'br', 'mark', ...HEADINGS],
  attributes: { mark: ['id', ['className', 'fact', 'span']], ...Object.fromEntries(HEADINGS.map((h) => [h, ['id']])) },
  clobber: [],
  protocols: {},
  required: {},
  ancestors: {},
  strip: [],
};

const processor = unified().use(rehypeSanitize, SCHEMA).use(rehypeStringify);

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

export async function renderSource(source: string, report: Report): Promise<RenderedSource> {
  const lines = sourceLines(source);
  // A heading's level is its depth among the sections, not its numbering style: "(1)" straight under
  // "(二)" is one level down (section.level would skip one).
  const levels = new Map(report.sections.map((s) => [s.line, s.depth]));
  const headingLines = lines.filter((l) => levels.has(l.number));
  const facts = [...factsOf(report), ...readingsOf(report)].map(stated).filter((r) => r !== null);
  const marks = planMarks(facts, spansOf(report), headingLines);
  const headings: SourceHeading[] = [];
  const blockElements: Element[] = [];
  for (const block of blocks(lines, marks)) {
    const from = block[0]!.start;
    const to = block.at(-1)!.end;
    if (!source.slice(from, to).trim()) continue;
    const content = inline(
      source,
      from,
      to,
      marks.filter((m) => m.start >= from && m.end <= to),
    );
    const level = block.length === 1 ? levels.get(block[0]!.number) : undefined;
    if (level === undefined) {
      blockElements.push(element('p', {}, content));
      continue;
    }
    const id = `sec-${block[0]!.number}`;
    headings.push({ id, text: source.slice(from, to).trim(), level });
    blockElements.push(element(`h${Math.min(level + 2, 6)}`, { id }, content));
  }
  // One block a line of the HTML.
  const children = blockElements.flatMap((b, i): RootContent[] => (i ? [{ type: 'text', value: '\n' }, b] : [b]));
  const root: Root = { type: 'root', children };
  const html = processor.stringify(await processor.run(root));
  return { html, headings, marks: new Set(marks.map((m) => m.id)) };
}

/** Source lines without their line breaks (\r\n, \r or \n, as the library counts lines). */
export function sourceLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const m of source.matchAll(/\r\n|\r|\n/g)) {
    lines.push({ start, end: m.index, number: lines.length + 1 });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: source.length, number: lines.length + 1 });
  return lines;
}

/** Consecutive lines grouped so that no mark runs across a block (a mark over a line break joins them). */
function blocks(lines: Line[], marks: Mark[]): Line[][] {
  const joined = new Set<number>();
  for (const m of marks) for (let i = lineIndex(lines, m.start); i < lineIndex(lines, m.end - 1); i++) joined.add(i);
  const groups: Line[][] = [];
  lines.forEach((line, i) => (joined.has(i - 1) ? groups.at(-1)!.push(line) : groups.push([line])));
  return groups;
}

function lineIndex(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Text of [from, to) with `marks` (sorted outer first, nested or disjoint) as <mark> elements. */
function inline(source: string, from: number, to: number, marks: Mark[]): ElementContent[] {
  const out: ElementContent[] = [];
  let pos = from;
  for (let i = 0; i < marks.length; ) {
    const mark = marks[i]!;
    let j = i + 1;
    while (j < marks.length && marks[j]!.start < mark.end) j++;
    out.push(...text(source, pos, mark.start));
    out.push(element('mark', { id: mark.id, className: [mark.kind] }, inline(source, mark.start, mark.end, marks.slice(i + 1, j))));
    pos = mark.end;
    i = j;
  }
  out.push(...text(source, pos, to));
  return startLinesAtText(out);
}

/** Plain text; line breaks inside a joined block become <br> and a line break of the HTML. */
function text(source: string, from: number, to: number): ElementContent[] {
  if (from >= to) return [];
  return source
    .slice(from, to)
    .split(/\r\n|\r|\n/)
    .flatMap((value, k): ElementContent[] => [
      ...(k ? [element('br', {}, []), { type: 'text' as const, value: '\n' }] : []),
      ...(value ? [{ type: 'text' as const, value }] : []),
    ]);
}

/**
 * A line joined to the one before it starts at its first character that is not a space or a tab: the
 * text after each <br> (or a mark's first text, when the mark comes right after it) loses them.
 */
function startLinesAtText(nodes: ElementContent[]): ElementContent[] {
  nodes.forEach((node, i) => {
    const [br, newline] = [nodes[i - 2], nodes[i - 1]];
    if (br?.type !== 'element' || br.tagName !== 'br' || newline?.type !== 'text' || newline.value !== '\n') return;
    const head = node.type === 'element' ? node.children[0] : node;
    if (head?.type === 'text') head.value = head.value.replace(/^[ \t]+/, '');
  });
  return nodes;
}
