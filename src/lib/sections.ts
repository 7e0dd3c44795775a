// The heading tree of a normalized report: (第一部分 >) 一、 > (一) > 1. > (1) > ① (the order of GB/T 9704).
// Numbered paragraphs ("(一)抓好…。") are nodes too, so lists of problems and measures are
// children of their section. Numbering mistakes (two "(三)" in a row) are reported, not fatal.
import { parseCount } from './numbers.ts';
import { isHeading } from './reflow.ts';

export interface SectionNode {
  /** Rank of the marker style: 0 for 第一部分, 1 for 一、 … 5 for ①. */
  level: number;
  marker: string;
  number: number;
  /** Heading text without its marker: the whole line, or its first sentence for a numbered paragraph. */
  title: string;
  /** A short line of its own rather than a numbered paragraph. */
  heading: boolean;
  /** Offsets in the normalized text: the marker's paragraph starts the node, the next peer ends it. */
  start: number;
  end: number;
  /** Where the text after the marker begins. */
  bodyStart: number;
  children: SectionNode[];
  parent: SectionNode | null;
}

export interface NumberingProblem {
  start: number;
  message: string;
}

const CN = '一二三四五六七八九十';
const MARKERS: { level: number; pattern: RegExp }[] = [
  // "第一部分 部门概况" stands above 一、 where a report has parts.
  { level: 0, pattern: new RegExp(`^第([${CN}]{1,3})(?:部分|章)`) },
  { level: 1, pattern: new RegExp(`^([${CN}]{1,3})[、.](?![${CN}])`) },
  { level: 2, pattern: new RegExp(`^\\(([${CN}]{1,3})\\)`) },
  { level: 3, pattern: /^(\d{1,2})(?:[、.](?!\d)|\)(?!\d))/ },
  { level: 4, pattern: /^\((\d{1,2})\)/ },
  { level: 5, pattern: /^([①-⑳⑴-⒇])/ },
];

/** What every marker starts with: most lines start otherwise and are passed over with one test. */
const MARKER_START = new RegExp(`^[第${CN}(\\d①-⑳⑴-⒇]`);

export function parseMarker(line: string): { level: number; marker: string; number: number } | null {
  if (!MARKER_START.test(line)) return null;
  for (const { level, pattern } of MARKERS) {
    const m = pattern.exec(line);
    if (!m) continue;
    const label = m[1]!;
    const circled = label.charCodeAt(0);
    const number = level === 5 ? (circled >= 0x2474 ? circled - 0x2473 : circled - 0x245f) : (parseCount(label) ?? Number(label));
    return { level, marker: m[0], number };
  }
  return null;
}

/** Builds the tree from the paragraphs (lines) of the normalized text. */
export function buildSections(text: string): { roots: SectionNode[]; problems: NumberingProblem[] } {
  const roots: SectionNode[] = [];
  const problems: NumberingProblem[] = [];
  const stack: SectionNode[] = [];
  // The last node of each level among the children of each parent (roots: null), so numbering is
  // checked in constant time per heading rather than by scanning every earlier sibling.
  const lastOfLevel = new Map<SectionNode | null, Map<number, SectionNode>>();
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const marker = parseMarker(line);
    if (!marker) continue;
    while (stack.length && stack[stack.length - 1]!.level >= marker.level) stack.pop()!.end = start;
    const parent = stack[stack.length - 1] ?? null;
    const siblings = parent ? parent.children : roots;
    const lasts = lastOfLevel.get(parent) ?? lastOfLevel.set(parent, new Map()).get(parent)!;
    const previous = lasts.get(marker.level);
    const expected = previous ? previous.number + 1 : 1;
    if (marker.number !== expected) {
      problems.push({ start, message: `标题编号 ${marker.marker} 与预期的第 ${expected} 项不符` });
    }
    const body = line.slice(marker.marker.length);
    const heading = isHeading(line);
    const node: SectionNode = {
      ...marker,
      title: heading ? body.replace(/[。.:：]$/, '') : (/^[^。;]*/.exec(body)?.[0] ?? body),
      heading,
      start,
      end: text.length,
      bodyStart: start + marker.marker.length,
      children: [],
      parent,
    };
    siblings.push(node);
    lasts.set(marker.level, node);
    stack.push(node);
  }
  const body = withoutContents(roots);
  settleHeadings(body);
  // Numbering problems inside a table of contents are not the report's.
  const from = body[0]?.start ?? 0;
  return { roots: body, problems: fewProblems(problems.filter((p) => p.start >= from)) };
}

/** A file of thousands of misnumbered headings gets the first few problems and a count, not thousands of lines. */
const MAX_PROBLEMS = 20;
function fewProblems(problems: NumberingProblem[]): NumberingProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems[MAX_PROBLEMS]!;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { start: rest.start, message: `从这里起另有 ${problems.length - MAX_PROBLEMS} 处标题编号与预期不符` },
  ];
}

/** A table of contents the normalizer could not see (a flattened one) repeats the first heading: drop it. */
function withoutContents(roots: SectionNode[]): SectionNode[] {
  const first = roots[0];
  const again = roots.findIndex(
    (r, i) => i > 0 && first && r.level === first.level && r.number === first.number && r.title === first.title,
  );
  return again > 0 ? roots.slice(again) : roots;
}

/**
 * Numbered peers are all headings or all list items: a short last item of a list of duties
 * ("(12)完成区委、区政府交办的其他任务。") is an item like its long siblings, not a heading.
 */
function settleHeadings(nodes: SectionNode[]): void {
  const byLevel = new Map<number, SectionNode[]>();
  for (const node of nodes) {
    const peers = byLevel.get(node.level);
    if (peers) peers.push(node);
    else byLevel.set(node.level, [node]);
  }
  for (const peers of byLevel.values()) {
    const headings = peers.filter((p) => p.heading).length;
    if (headings * 2 < peers.length) for (const p of peers) p.heading = false;
  }
  for (const node of nodes) settleHeadings(node.children);
}

/** Every node, each before its children. An array rather than a generator: a nested generator per node costs more than the walk. */
export function walk(nodes: readonly SectionNode[], into: SectionNode[] = []): SectionNode[] {
  for (const node of nodes) {
    into.push(node);
    walk(node.children, into);
  }
  return into;
}

/** The innermost node that holds `offset`, or null before the first heading. */
export function sectionAt(roots: readonly SectionNode[], offset: number): SectionNode | null {
  let found: SectionNode | null = null;
  let level: readonly SectionNode[] = roots;
  for (;;) {
    const hit = level.find((n) => n.start <= offset && offset < n.end);
    if (!hit) return found;
    found = hit;
    level = hit.children;
  }
}

/** Titles from the root down to the node holding `offset`. */
export function pathAt(roots: readonly SectionNode[], offset: number): SectionNode[] {
  const path: SectionNode[] = [];
  for (let node = sectionAt(roots, offset); node; node = node.parent) path.unshift(node);
  return path;
}
