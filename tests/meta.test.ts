import { describe, expect, it } from 'vitest';
import { metaPathFor, parseMeta } from '../src/lib/meta.ts';

describe('parseMeta', () => {
  it('reads the official address, publisher, date and licence', () => {
    const text =
      'url: https://www.zc.gov.cn/a/2021.pdf\npublisher: 广州市增城区人民政府荔城街道办事处\npublished: 2022-05-31\nlicence: 政府信息公开\n';
    expect(parseMeta(text, 'a.meta.yaml')).toEqual({
      meta: {
        url: 'https://www.zc.gov.cn/a/2021.pdf',
        publisher: '广州市增城区人民政府荔城街道办事处',
        published: '2022-05-31',
        licence: '政府信息公开',
      },
      diagnostics: [],
    });
  });

  it('warns, naming the field, about an unknown field, a non-web address or a date that does not exist, and keeps nothing', () => {
    for (const [text, field] of [
      ['author: 某人\n', 'author'],
      ['url: javascript:alert(1)\n', 'url'],
      ['published: 2023-02-30\n', 'published'],
      ['published: 30/06/2023\n', 'published'],
    ] as const) {
      const { meta, diagnostics } = parseMeta(text, 'x.meta.yaml');
      expect(meta, text).toBeNull();
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ severity: 'warning', code: 'meta/invalid', file: 'x.meta.yaml' });
      expect(diagnostics[0]!.message).toContain(field);
    }
  });

  it('warns about YAML that does not parse, and gives nothing for an empty file', () => {
    expect(parseMeta('url: [unclosed\n', 'x.meta.yaml').diagnostics[0]!.message).toContain('YAML');
    expect(parseMeta('', 'x.meta.yaml')).toEqual({ meta: null, diagnostics: [] });
  });

  it('sits beside its report whatever the report format', () => {
    expect(metaPathFor('content/reports/002_x.txt')).toBe('content/reports/002_x.meta.yaml');
    expect(metaPathFor('a.b/report.pdf')).toBe('a.b/report.meta.yaml');
  });
});
