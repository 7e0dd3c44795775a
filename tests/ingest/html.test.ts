// Saved web pages laid out the way older government sites are: the article inside a layout table,
// next to a menu, with a data table (a form) inside the article.
import { describe, expect, it } from 'vitest';
import { ingestHtml } from '../../src/lib/ingest/html.ts';
import { ingest } from '../../src/lib/ingest/index.ts';
import { parseFile } from '../../src/lib/parse-report.ts';
import { parsed, reportText } from '../helpers/reports.ts';

const NAME = '004_a0655f5b282921e2';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const paragraphs = reportText(NAME)
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !/^[—-]\s*\d+\s*[—-]$/.test(l));

function layoutPage(article: string): Uint8Array {
  const html = `<html><head><meta charset="utf-8"><title>x</title></head><body>
<table width="1000"><tr><td colspan="2" class="banner">某某区人民政府门户网站</td></tr>
<tr><td width="200" class="leftmenu"><a href="/">首页</a><br><a href="/zwgk/">政务公开</a><br><a href="/">网上办事</a></td>
<td width="800"><div class="dqwz">您现在的位置：首页 &gt; 财政信息</div>
<table><tr><td>索引号：</td><td>007482-2023-00012</td><td>发布日期：</td><td>2023-06-01</td></tr></table>
${article}
<div class="tools">【字体：<a>大</a> <a>中</a> <a>小</a>】 【<a href="javascript:print()">打印本页</a>】 【<a>关闭窗口</a>】</div>
</td></tr><tr><td colspan="2" class="bottom">版权所有：某某区人民政府 技术支持：某公司</td></tr></table></body></html>`;
  return new TextEncoder().encode(html);
}

describe('saved web page', () => {
  it('maps radical code points pasted from a broken PDF, and says how many', async () => {
    const got = await ingest(
      new TextEncoder().encode(
        '<html><body><p>⼴州市⼈⺠政府部⻔⽀出</p><table><tr><td>⽀出</td><td>1</td></tr><tr><td>⾏</td><td>2</td></tr></table></body></html>',
      ),
      'r.html',
    );
    expect(got.text).toContain('广州市人民政府部门支出');
    expect(got.tables[0]!.cells.map((c) => c.text)).toEqual(['支出', '1', '行', '2']);
    expect(got.diagnostics).toEqual([
      expect.objectContaining({ code: 'input/radicals', file: 'r.html', message: expect.stringContaining(' 7 ') }),
    ]);
  });
});

describe('saved web page in a layout table', () => {
  it('reads the article as paragraphs, without menu, breadcrumb, metadata, tools or footer', async () => {
    const article = paragraphs.map((p, i) => (i === 0 ? `<div class="title"><h2>${esc(p)}</h2></div>` : `<p>${esc(p)}</p>`)).join('\n');
    const bytes = layoutPage(article);
    const got = ingestHtml(bytes, 'page.html');
    expect(got.text.replace(/\s+/g, '')).toBe(paragraphs.join('').replace(/\s+/g, ''));
    const result = await parseFile(bytes, { file: 'page.html' });
    expect(result.report?.id).toBe(parsed(NAME).report!.id);
    expect(result.report?.indicators.length).toBe(parsed(NAME).report!.indicators.length);
  });

  it('keeps a data table inside the article as a grid with its merged cells', () => {
    const form = `<table border="1"><tr><td>一级指标</td><td>三级指标</td><td>年度指标值</td><td>全年实际值</td><td>偏差原因</td></tr>
      <tr><td rowspan="2">产出指标</td><td>服务企业数</td><td>203家</td><td>212家</td><td></td></tr>
      <tr><td>外出招商活动次数</td><td>4次</td><td>3次</td><td>受疫情影响</td></tr></table>`;
    const got = ingestHtml(layoutPage(`<p>${esc(paragraphs[0]!)}</p>${form}<p>${esc(paragraphs[1]!)}</p>`), 'form.html');
    expect(got.tables).toHaveLength(1);
    expect(got.tables[0]!.cells.map((c) => [c.row, c.col, c.rowSpan, c.text])).toEqual([
      [0, 0, 1, '一级指标'],
      [0, 1, 1, '三级指标'],
      [0, 2, 1, '年度指标值'],
      [0, 3, 1, '全年实际值'],
      [0, 4, 1, '偏差原因'],
      [1, 0, 2, '产出指标'],
      [1, 1, 1, '服务企业数'],
      [1, 2, 1, '203家'],
      [1, 3, 1, '212家'],
      [1, 4, 1, ''],
      [2, 1, 1, '外出招商活动次数'],
      [2, 2, 1, '4次'],
      [2, 3, 1, '3次'],
      [2, 4, 1, '受疫情影响'],
    ]);
    expect(got.text).toContain('| 产出指标 | 服务企业数 | 203家 | 212家 |  |\n|  | 外出招商活动次数 | 4次 | 3次 | 受疫情影响 |');
  });
});
