// Problems (存在的主要问题) and next steps (下一步改进措施), one item each. Items are the numbered
// paragraphs of the section, else its "一是…二是…" parts, else its paragraphs.
import { displayText, span, type Doc } from '../document.ts';
import type { Extractor, Note } from '../extractor.ts';
import { walk, type SectionNode } from '../sections.ts';
import type { Span } from '../schema.ts';
import { allMatches } from '../all-matches.ts';

const PROBLEMS = /问题|不足|差距/;
/** "其他需要说明的问题" is not about problems. */
const ASIDE = /其他需要说明|其他说明|需要说明的/;
const MEASURES = /措施|建议|改进|整改|下一步|努力方向|工作计划|工作打算/;
const ENUMERATION =
  /(?<=(?:^|[\n:;。,])(?:[-*•]\s*)?)(?:[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,2}[,、]|首先|其次|再次|最后)/g;

/**
 * Sections about one topic, the most specific first: not about the other topic too
 * ("存在问题及改进措施" counts for both), then by level, then in order.
 */
function sectionsFor(doc: Doc, topic: RegExp, other: RegExp): SectionNode[] {
  const all = walk(doc.sections).filter((s) => s.heading && topic.test(s.title) && !ASIDE.test(s.title));
  const specific = (s: SectionNode) => (other.test(s.title) ? 1 : 0);
  return all.sort((a, b) => specific(a) - specific(b) || a.level - b.level);
}

/** The items of the first section that has any (a table of contents repeats headings with no body). */
function itemsFor(
  doc: Doc,
  topic: RegExp,
  other: RegExp,
  exclude: SectionNode | null = null,
): { section: SectionNode | null; items: Item[] } {
  for (const section of sectionsFor(doc, topic, other)) {
    if (section === exclude) continue;
    const items = itemsOf(doc, section);
    if (items.length) return { section, items };
  }
  return { section: null, items: [] };
}

function paragraphs(doc: Doc, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = from;
  for (const line of doc.text.slice(from, to).split('\n')) {
    if (line.trim()) out.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

function trimmed(doc: Doc, start: number, end: number): { start: number; end: number } {
  const text = doc.text.slice(start, end);
  const lead = text.length - text.replace(/^[\s,;:。]+/, '').length;
  const tail = text.length - text.replace(/[\s,;。\-*•]+$/, '').length;
  return { start: start + lead, end: end - tail };
}

type Item = Span & { clean: string };

/** Items as spans of the source, each with its normalized text for display. */
function itemsOf(
  doc: Doc,
  section: SectionNode,
  from = doc.text.indexOf('\n', section.start) + 1 || section.end,
  to = section.end,
): Item[] {
  const children = section.children.filter((c) => c.start >= from && c.start < to);
  let parts: { start: number; end: number }[];
  if (children.length) {
    parts = children.map((c) => {
      const nl = doc.text.indexOf('\n', c.bodyStart);
      return { start: c.bodyStart, end: nl < 0 || nl > c.end ? c.end : nl };
    });
  } else {
    const body = doc.text.slice(from, to);
    const marks = allMatches(ENUMERATION, body).map((m) => ({ at: from + m.index, len: m[0].length }));
    parts = marks.length
      ? marks.map((m, i) => {
          const next = marks[i + 1]?.at ?? to;
          const nl = doc.text.indexOf('\n', m.at);
          return { start: m.at + m.len, end: Math.min(next, nl < 0 ? to : nl) };
        })
      : paragraphs(doc, from, to);
  }
  return (
    parts
      .map((p) => trimmed(doc, p.start, p.end))
      // An item says something: a page number left by a table of contents is none.
      .filter((p) => /[\u4e00-\u9fa5]{2}/.test(doc.text.slice(p.start, p.end)))
      .map((p) => ({ ...span(doc, p.start, p.end), clean: displayText(doc, p.start, p.end) }))
  );
}

/** Where the measures begin in a section about both ("存在问题及改进措施") that has no sub-headings. */
const MEASURES_CUE = /(?<=^|\n|。)(?:下一步|改进措施|整改措施|改进建议|针对(?:上述|以上|存在的)问题)/;

function splitCombined(doc: Doc, section: SectionNode): { problems: Item[]; measures: Item[] } | null {
  if (!MEASURES.test(section.title) || section.children.length) return null;
  const from = doc.text.indexOf('\n', section.start) + 1 || section.end;
  const cue = MEASURES_CUE.exec(doc.text.slice(from, section.end));
  if (!cue || cue.index === 0) return null;
  return { problems: itemsOf(doc, section, from, from + cue.index), measures: itemsOf(doc, section, from + cue.index, section.end) };
}

export const extractLists: Extractor = (doc) => {
  const notes: Note[] = [];
  const problems = itemsFor(doc, PROBLEMS, MEASURES);
  const combined = problems.section ? splitCombined(doc, problems.section) : null;
  const problemSpans = combined?.problems ?? problems.items;
  const measureSpans = combined?.measures ?? itemsFor(doc, MEASURES, PROBLEMS, problems.section).items;
  if (!problemSpans.length)
    notes.push({ severity: 'warning', code: 'missing/problems', message: '没有找到“存在的主要问题”一节或其中的条目' });
  if (!measureSpans.length)
    notes.push({ severity: 'warning', code: 'missing/measures', message: '没有找到“下一步改进措施”一节或其中的条目' });
  return {
    fields: {
      problems: problemSpans.map((s) => s.clean),
      measures: measureSpans.map((s) => s.clean),
      problemSpans: problemSpans.map(({ clean: _, ...s }) => s),
      measureSpans: measureSpans.map(({ clean: _, ...s }) => s),
    },
    notes,
  };
};
