// The data dictionary of the open data: every file and every CSV column, in Chinese and English, and
// the licence. Built from the column lists the files are written from (csv.ts, tidy.ts).
import { COLUMNS } from './csv.ts';
import { DATA_LICENCE, TIDY_TABLES } from './tidy.ts';

export interface DictionaryFile {
  path: string;
  zh: string;
  en: string;
  columns?: { name: string; zh: string; en: string; about: { zh: string; en: string } }[];
}

export function dictionary(): { licence: typeof DATA_LICENCE; note: { zh: string; en: string }; files: DictionaryFile[] } {
  return {
    licence: DATA_LICENCE,
    note: {
      zh: '空白单元格表示报告没有写明, 从不表示 0。所有金额以万元计。原文偏移是报告文本 (去掉字节顺序标记后) 的 UTF-16 字符位置, 文本中 start 到 end 的一段就是 source_text。各报告原文的使用条件以发布单位为准, 见各报告的 meta.licence。',
      en: 'An empty cell means the report does not state the value; it never means 0. Amounts are in 万元 (10,000 yuan). Source offsets are UTF-16 positions in the report text (byte-order mark removed); the text from start to end is source_text. Reuse of each report itself is subject to its publisher (meta.licence of the record).',
    },
    files: [
      { path: '/data/reports.json', zh: '全部报告的完整记录', en: 'every report as a full record (see /data/schema.json)' },
      { path: '/data/reports/<id>.json', zh: '一份报告的完整记录', en: 'one report as a full record' },
      { path: '/data/schema.json', zh: '记录的 JSON Schema, 含各字段说明', en: 'JSON Schema of a record, with field descriptions' },
      {
        path: '/data/reports.csv',
        zh: '每份报告一行: 主要数字',
        en: 'one row per report: the headline figures',
        columns: COLUMNS.map((c) => ({ name: c.header, zh: c.header, en: c.en, about: c.about })),
      },
      ...TIDY_TABLES.map((t) => ({
        path: `/data/${t.file}`,
        zh: `每项一行: ${t.zh}`,
        en: `one row per item: ${t.en}`,
        columns: t.columns.map((c) => ({ name: c.key, zh: c.zh, en: c.en, about: c.about })),
      })),
    ],
  };
}
