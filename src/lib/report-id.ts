// Stable ASCII ids for URLs: year, district and short name in pinyin, e.g. "2022-baiyun-taihe",
// "2021-zengcheng-licheng" (the kind suffix 区/镇/街道/乡 is dropped).
import { pinyin } from 'pinyin-pro';

const SUFFIX = /(?:自治县|自治州|街道|镇|乡|新区|区|县|市)$/;

/** ASCII pinyin of a place name without its kind suffix: 白云区 → "baiyun"; also names unit and district pages. */
export function slug(chinese: string): string {
  return pinyin(chinese.replace(SUFFIX, ''), { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]+/g, '');
}

export function reportId(parts: { year: number | null; district: string | null; name: string | null; entity: string | null; file: string }): string {
  const who = parts.name ?? parts.entity;
  const words = who
    ? [parts.year ?? 'undated', parts.district ? slug(parts.district) : '', slug(who)]
    : ['file', parts.file.replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')];
  return words.map(String).filter(Boolean).join('-').replace(/-+/g, '-').replace(/^-|-$/g, '') || 'report';
}
