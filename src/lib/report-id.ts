// Stable ASCII ids for URLs: year, district and short name in pinyin, then a short hash of the
// district and name as written, e.g. "2022-baiyun-taihe-msstg9". Pinyin alone is not a key: homophones
// (石井镇 and 石景镇 are both "shijing") and one name as 镇 and as 街道 would share an id, and which of
// them existed would decide who gets it. The hash depends on the unit alone, so an id never changes
// when other files come or go, and only the same unit in the same year shares one.
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

const SUFFIX = /(?:自治县|自治州|街道|镇|乡|新区|区|县|市)$/;

/** Slugs already made: a district's name, and a unit's across its years, come back with every report. */
const slugs = new Map<string, string>();
const SLUGS_KEPT = 50_000;

/** ASCII pinyin of a place name without its kind suffix: 白云区 → "baiyun"; also names unit and district pages. */
export function slug(chinese: string): string {
  let made = slugs.get(chinese);
  if (made === undefined) {
    if (slugs.size >= SLUGS_KEPT) slugs.clear();
    slugs.set(chinese, (made = pinyinSlug(chinese)));
  }
  return made;
}

function pinyinSlug(chinese: string): string {
  return pinyin(chinese.replace(SUFFIX, ''), { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]+/g, '');
}

/** 6 base-36 characters of the SHA-256 of the text: about 2·10⁹ values, deterministic. */
export function unitHash(text: string): string {
  let hash = hashes.get(text);
  if (hash === undefined) {
    if (hashes.size >= SLUGS_KEPT) hashes.clear();
    hashes.set(text, (hash = sha256Base36(text)));
  }
  return hash;
}
const hashes = new Map<string, string>();

function sha256Base36(text: string): string {
  const head = parseInt(createHash('sha256').update(text).digest('hex').slice(0, 12), 16);
  return (head % 36 ** 6).toString(36).padStart(6, '0');
}

/** A project's own evaluation names the project after the unit, so it never takes the unit's page. */
export function reportId(parts: {
  year: number | null;
  district: string | null;
  name: string | null;
  entity: string | null;
  project?: string | null;
  file: string;
}): string {
  const who = parts.name ?? parts.entity;
  const words = who
    ? [
        parts.year ?? 'undated',
        parts.district ? slug(parts.district) : '',
        slug(who),
        parts.project ? `project-${slug(parts.project).slice(0, 40)}` : '',
        unitHash(`${parts.district ?? ''}/${who}${parts.project ? `/${parts.project}` : ''}`),
      ]
    : [
        'file',
        parts.file
          .replace(/\.[^.]*$/, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-'),
      ];
  return words.map(String).filter(Boolean).join('-').replace(/-+/g, '-').replace(/^-|-$/g, '') || 'report';
}
