// Units, districts and peer groups across all reports, and ranks within a group. A unit is one
// town/subdistrict/department (same district and name) over the years; its page is /units/<id>/.
// A district-year is /districts/<id>/<year>/; a year is /years/<year>/. Ids are ASCII pinyin like
// report ids (baiyun-taihe, baiyun), made unique in a fixed order when two names read the same.
import { slug } from '../lib/report-id.ts';
import type { ReportSummary } from '../lib/schema.ts';
import { displayName } from './report-rows.ts';
import { zhOrder } from './zh-order.ts';

export interface Unit {
  id: string;
  name: string;
  district: string | null;
  /** Oldest first. */
  reports: ReportSummary[];
}
export interface District {
  id: string;
  name: string;
  /** Newest first. */
  years: number[];
}
export interface Corpus {
  units: Unit[];
  districts: District[];
  unitOf: (r: ReportSummary) => Unit;
  districtId: (name: string) => string | undefined;
  /** Reports of a year, and of a district in a year. */
  inYear: (year: number) => ReportSummary[];
  inDistrictYear: (district: string, year: number) => ReportSummary[];
  years: number[];
}

const unitKey = (r: ReportSummary): string => `${r.district ?? ''}/${displayName(r)}`;
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Distinct ASCII ids for `keys` (already in a fixed order): a repeated id gets -2, -3 … */
function uniqueIds<K>(keys: K[], idOf: (k: K) => string): Map<K, string> {
  const taken = new Map<string, number>();
  const ids = new Map<K, string>();
  for (const key of keys) {
    const base = idOf(key) || 'x';
    const n = (taken.get(base) ?? 0) + 1;
    taken.set(base, n);
    ids.set(key, n === 1 ? base : `${base}-${n}`);
  }
  return ids;
}

export function corpus(reports: ReportSummary[]): Corpus {
  const groups = new Map<string, ReportSummary[]>();
  for (const r of reports) push(groups, unitKey(r), r);
  const keys = [...groups.keys()].sort(zhOrder);
  const unitIds = uniqueIds(keys, (key) => {
    const r = groups.get(key)![0]!;
    return [r.district ? slug(r.district) : '', slug(displayName(r))].filter(Boolean).join('-');
  });
  const units = keys.map((key): Unit => {
    const rs = groups.get(key)!.sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
    return { id: unitIds.get(key)!, name: displayName(rs[0]!), district: rs[0]!.district, reports: rs };
  });
  const byKey = new Map(keys.map((key, i) => [key, units[i]!]));

  const names = [...new Set(reports.map((r) => r.district).filter((d) => d !== null))].sort(zhOrder);
  const districtIds = uniqueIds(names, slug);
  const byDistrictYear = new Map<string, ReportSummary[]>();
  const byYear = new Map<number, ReportSummary[]>();
  for (const r of reports) {
    if (r.year === null) continue;
    push(byYear, r.year, r);
    if (r.district !== null) push(byDistrictYear, `${r.district}/${r.year}`, r);
  }
  const yearsOf = new Map<string, Set<number>>();
  for (const key of byDistrictYear.keys()) {
    const [name, year] = [key.slice(0, key.lastIndexOf('/')), Number(key.slice(key.lastIndexOf('/') + 1))];
    yearsOf.set(name, (yearsOf.get(name) ?? new Set()).add(year));
  }
  const districts = names.map(
    (name): District => ({ id: districtIds.get(name)!, name, years: [...(yearsOf.get(name) ?? [])].sort((a, b) => b - a) }),
  );
  return {
    units,
    districts,
    unitOf: (r) => byKey.get(unitKey(r))!,
    districtId: (name) => districtIds.get(name),
    inYear: (year) => byYear.get(year) ?? [],
    inDistrictYear: (district, year) => byDistrictYear.get(`${district}/${year}`) ?? [],
    years: [...byYear.keys()].sort((a, b) => b - a),
  };
}

export const unitHref = (unit: Pick<Unit, 'id'>): string => `/units/${unit.id}/`;
export const districtHref = (id: string, year: number): string => `/districts/${id}/${year}/`;
export const yearHref = (year: number): string => `/years/${year}/`;

export interface RankMeasure {
  key: string;
  label: string;
  /** null: not stated, so not ranked. */
  pick: (r: ReportSummary) => number | null;
  format: (value: number) => string;
}
export const RANKED: RankMeasure[] = [
  { key: 'executionRate', label: '执行率', pick: (r) => r.executionRate?.value ?? null, format: (v) => `${v}%` },
  { key: 'score', label: '自评得分', pick: (r) => r.score?.value ?? null, format: (v) => `${v} 分` },
];

/**
 * Where a report stands in its group on one measure, highest first, ties sharing a rank (1, 2, 2, 4).
 * `rank` is null when the report does not state the value: it is listed as not stated, never last.
 */
export interface Rank {
  rank: number | null;
  /** Reports in the group that state the value. */
  of: number;
  /** Others with the same value (0: no tie). */
  tiedWith: number;
  /** Reports in the group that do not state it. */
  notStated: number;
}

/** Ranks of every report of a group on one measure, by id. */
export function ranks(group: ReportSummary[], measure: RankMeasure): Map<string, Rank> {
  const values = group.map((r) => measure.pick(r));
  const stated = values.filter((v) => v !== null).sort((a, b) => b - a);
  const firstAt = new Map<number, number>();
  const count = new Map<number, number>();
  stated.forEach((v, i) => {
    if (!firstAt.has(v)) firstAt.set(v, i + 1);
    count.set(v, (count.get(v) ?? 0) + 1);
  });
  const notStated = values.length - stated.length;
  return new Map(
    group.map((r, i) => {
      const v = values[i]!;
      const rank: Rank =
        v === null
          ? { rank: null, of: stated.length, tiedWith: 0, notStated }
          : { rank: firstAt.get(v)!, of: stated.length, tiedWith: count.get(v)! - 1, notStated };
      return [r.id, rank];
    }),
  );
}

/** "第 3 / 11", "并列第 2 / 11", or "未说明，不参与排名". */
export function rankText(rank: Rank): string {
  if (rank.rank === null) return '未说明，不参与排名';
  return `${rank.tiedWith ? '并列' : ''}第 ${rank.rank} / ${rank.of}`;
}

/** The year's peer group by name: the city when every report of the year names the same one ("广州市 2022"), else "全部单位 2022". */
export function yearGroupName(group: ReportSummary[], year: number): string {
  const cities = new Set(group.map((r) => r.city));
  const city = cities.size === 1 ? [...cities][0] : null;
  return `${city ?? '全部单位'} ${year}`;
}
