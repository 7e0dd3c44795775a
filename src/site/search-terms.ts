// Words a reader may type to find a report that its Chinese text does not contain: the pinyin of the
// unit and district, whole (taihe, taihezhen) and by syllable (tai he), so "taihe" finds 太和镇.
// searchTerms({ name: '太和镇', district: '白云区' }) → 'taihe taihezhen tai he zhen baiyun baiyunqu bai yun qu'
import { pinyin } from 'pinyin-pro';

const SUFFIX = /(?:自治县|自治州|街道办事处|街道|镇|乡|新区|区|县|市)$/;
const HAN = /\p{Script=Han}/u;

function syllables(chinese: string): string[] {
  return pinyin(chinese, { toneType: 'none', type: 'array', nonZh: 'removed', v: true })
    .map((s) => s.toLowerCase())
    .filter(Boolean);
}

/** Pinyin forms of one place name: its stem (without 镇/街道/区…), the whole name, and the syllables. */
function placeTerms(chinese: string): string[] {
  if (!HAN.test(chinese)) return [];
  const stem = chinese.replace(SUFFIX, '');
  const whole = syllables(chinese);
  return [syllables(stem).join(''), whole.join(''), ...whole];
}

export function searchTerms(report: { name: string | null; entity: string | null; district: string | null }): string {
  const places = [report.name ?? report.entity, report.district].filter((p): p is string => Boolean(p));
  return [...new Set(places.flatMap(placeTerms).filter(Boolean))].join(' ');
}
