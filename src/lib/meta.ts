// Where a report comes from, stated beside it in an optional sidecar NAME.meta.yaml (for NAME.txt,
// NAME.pdf …): the official address, publisher, publication date and licence. Parsed with `yaml`,
// validated with Zod; a bad sidecar is a warning naming the field, and the report builds without it.
// parseMeta('url: https://www.example.gov.cn/a.pdf\npublisher: 太和镇人民政府\n', 'a.meta.yaml')
//   → { meta: { url: 'https://…', publisher: '太和镇人民政府' }, diagnostics: [] }
import { parse } from 'yaml';
import { z } from 'zod';
import type { Diagnostic } from './schema.ts';

export const SourceMetaSchema = z
  .object({
    // Patterns rather than JSON Schema formats, so /data/schema.json validates without format plugins.
    url: z
      .string()
      .regex(/^https?:\/\/\S+$/, 'http(s) 网址')
      .refine((u) => URL.canParse(u), '不是有效的网址')
      .optional()
      .describe('official address of the published report'),
    publisher: z.string().min(1).optional().describe('who published it, e.g. 广州市白云区太和镇人民政府'),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
      .refine((d) => {
        const t = Date.parse(`${d}T00:00:00Z`);
        return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
      }, '不存在的日期')
      .optional()
      .describe('publication date, YYYY-MM-DD'),
    licence: z.string().min(1).optional().describe('terms of reuse as the publisher states them'),
  })
  .strict();
export type SourceMeta = z.output<typeof SourceMetaSchema>;

/** The sidecar's path for a report file: "dir/002_x.txt" → "dir/002_x.meta.yaml". */
export const metaPathFor = (file: string): string => `${file.replace(/\.[^./\\]+$/, '')}.meta.yaml`;

export function parseMeta(text: string, file: string): { meta: SourceMeta | null; diagnostics: Diagnostic[] } {
  const warn = (message: string): { meta: null; diagnostics: Diagnostic[] } => ({
    meta: null,
    diagnostics: [{ severity: 'warning', code: 'meta/invalid', message, file }],
  });
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    return warn(`来源信息文件不是有效的 YAML: ${(e as Error).message.split('\n')[0]}; 已忽略`);
  }
  const result = SourceMetaSchema.safeParse(data ?? {});
  if (!result.success) {
    const problems = result.error.issues.map(
      (i) => `${i.path.join('.') || (i.code === 'unrecognized_keys' ? i.keys.join(', ') : '(整体)')}: ${i.message}`,
    );
    return warn(`来源信息有误 (${problems.join('; ')}); 允许的字段: url, publisher, published (YYYY-MM-DD), licence; 已忽略`);
  }
  return { meta: Object.keys(result.data).length ? result.data : null, diagnostics: [] };
}
