// Makes published-looking files from the shipped reports, the way units publish them, for the
// ingest tests: PDF printed by Chromium (公文 layout, page footers, a running header), .docx written
// with the docx package, a saved web page with a site's chrome in GBK, and the self-evaluation form
// (自评表) of 004 as .xlsx, .xls, a Word table and a ruled PDF table, with figures from 004's own
// text. When LibreOffice (soffice) is installed it also converts the .docx to .doc and PDF.
// Output and tests/fixtures/published/manifest.json (producer, version, sha256) are committed;
// run on demand, never in CI: npm run fixtures [-- OUTDIR] [--all] [--only=pdf,docx,sheets,html,libreoffice]
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import iconv from 'iconv-lite';
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { chromium } from 'playwright-core';
import XLSX from 'xlsx';
import { FORM_ROWS, FORM_TITLE, formCells, MONEY } from '../tests/helpers/published-form.ts';

const args = process.argv.slice(2);
const all = args.includes('--all');
const out = args.find((a) => !a.startsWith('--')) ?? 'tests/fixtures/published';
mkdirSync(out, { recursive: true });
const reportsDir = 'content/reports';
const reports = readdirSync(reportsDir)
  .filter((n) => n.endsWith('.txt'))
  .sort();
const version = (pkg: string) =>
  (JSON.parse(readFileSync(join('node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

/** The paragraphs of a shipped report: its non-empty lines, without the page footers already in it. */
function paragraphs(name: string): string[] {
  return readFileSync(join(reportsDir, name), 'utf8')
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/^[—-]\s*\d+\s*[—-]$/.test(l));
}

const manifest: Record<string, { producer: string; version: string; from: string; sha256: string; bytes: number }> = {};
function record(file: string, producer: string, ver: string, from: string): void {
  const bytes = readFileSync(join(out, file));
  manifest[file] = { producer, version: ver, from, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
  console.log(`${file} ${bytes.length} bytes (${producer} ${ver})`);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function reportHtml(paras: string[]): string {
  const [title, ...rest] = paras;
  const body = rest.map((p) => `<p>${esc(p)}</p>`).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
    body { font-family: 'Noto Serif CJK SC'; font-size: 16pt; line-height: 28pt; margin: 0; }
    h1 { font-size: 22pt; line-height: 32pt; text-align: center; font-weight: normal; margin: 0 0 28pt; }
    p { text-indent: 2em; text-align: justify; margin: 0; }
    table { border-collapse: collapse; width: 100%; font-size: 11pt; line-height: 15pt; }
    td { border: 0.75pt solid #000; padding: 2pt 3pt; text-align: center; }
  </style></head><body><h1>${esc(title!)}</h1>\n${body}</body></html>`;
}

function formHtml(): string {
  const grid: string[] = [];
  const cells = formCells();
  for (let r = 0; r < FORM_ROWS; r++) {
    const row = cells.filter((c) => c[0] === r).sort((a, b) => a[1] - b[1]);
    grid.push(
      `<tr>${row.map(([, , rs, cs, t]) => `<td${rs > 1 ? ` rowspan="${rs}"` : ''}${cs > 1 ? ` colspan="${cs}"` : ''}>${esc(t)}</td>`).join('')}</tr>`,
    );
  }
  return `<table>${grid.join('\n')}</table>`;
}

async function printPdfs(): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const ver = browser.version();
  const page = await browser.newPage();
  const footer = '<div style="font-size:14pt;width:100%;text-align:center;font-family:serif">— <span class="pageNumber"></span> —</div>';
  const targets = all ? reports : reports.filter((n) => /^00[14]_/.test(n));
  for (const name of targets) {
    const paras = paragraphs(name);
    await page.setContent(reportHtml(paras), { waitUntil: 'load' });
    // 001 also carries a running header with the unit's name, as many units print it.
    const header = name.startsWith('001')
      ? `<div style="font-size:10pt;width:100%;text-align:center;font-family:'Noto Serif CJK SC'">${esc(paras[0]!.replace(/部门整体.*$/, '').replace(/^\d+\s*年度/, ''))}</div>`
      : '<div></div>';
    const file = `${name.slice(0, 3)}.chromium.pdf`;
    writeFileSync(
      join(out, file),
      await page.pdf({
        format: 'A4',
        displayHeaderFooter: true,
        headerTemplate: header,
        footerTemplate: footer,
        margin: { top: '37mm', bottom: '35mm', left: '28mm', right: '26mm' },
      }),
    );
    record(file, 'chromium', ver, name);
  }
  await page.setContent(reportHtml([FORM_TITLE]).replace('</body>', `${formHtml()}</body>`), { waitUntil: 'load' });
  writeFileSync(
    join(out, 'form-004.chromium.pdf'),
    await page.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '15mm', right: '15mm' } }),
  );
  record('form-004.chromium.pdf', 'chromium', ver, `${reports[4]} (form)`);
  await browser.close();
}

const run = (t: string, bold = false) =>
  new TextRun({ text: t, font: { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman' }, size: 32, bold });

function docxTable(): Table {
  const cells = formCells();
  const rows: TableRow[] = [];
  for (let r = 0; r < FORM_ROWS; r++) {
    const row: TableCell[] = [];
    for (let c = 0; c < 7; ) {
      const own = cells.find((x) => x[0] === r && x[1] === c);
      const above = cells.find((x) => x[1] === c && x[0] < r && x[0] + x[2] > r);
      if (own) {
        row.push(new TableCell({ columnSpan: own[3], rowSpan: own[2], children: [new Paragraph({ children: [new TextRun(own[4])] })] }));
        c += own[3];
      } else if (above) {
        c += above[3];
      } else c++;
    }
    rows.push(new TableRow({ children: row }));
  }
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

async function writeDocx(): Promise<void> {
  const ver = version('docx');
  const footers = {
    default: new Footer({
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] }),
      ],
    }),
  };
  for (const name of reports) {
    const [title, ...rest] = paragraphs(name);
    const doc = new Document({
      sections: [
        {
          footers,
          children: [
            new Paragraph({ alignment: AlignmentType.CENTER, children: [run(title!, true)] }),
            ...rest.map((p) => new Paragraph({ indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED, children: [run(p)] })),
          ],
        },
      ],
    });
    const file = `${name.slice(0, 3)}.docx`;
    writeFileSync(join(out, file), await Packer.toBuffer(doc));
    record(file, 'docx', ver, name);
  }
  const form = new Document({ sections: [{ children: [docxTable()] }] });
  writeFileSync(join(out, 'form-004.docx'), await Packer.toBuffer(form));
  record('form-004.docx', 'docx', ver, `${reports[4]} (form)`);
}

function writeSheets(): void {
  const ver = version('xlsx');
  const aoa: (string | number | null)[][] = Array.from({ length: FORM_ROWS }, () => Array(7).fill(null));
  const merges: XLSX.Range[] = [];
  for (const [r, c, rs, cs, t] of formCells()) {
    aoa[r]![c] = t;
    if (rs > 1 || cs > 1) merges.push({ s: { r, c }, e: { r: r + rs - 1, c: c + cs - 1 } });
  }
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  // Money as numbers with number formats, the rate as a formula with its cached result, as Excel
  // and WPS save them: the displayed text is what the form states.
  for (let i = 1; i < MONEY.length; i++) {
    const r = 2 + i;
    for (const c of [4, 5]) {
      const ref = XLSX.utils.encode_cell({ r, c });
      const v = Number(String(aoa[r]![c]).replace(/,/g, ''));
      ws[ref] = { t: 'n', v, z: '#,##0.00', w: String(aoa[r]![c]) };
    }
    const ref = XLSX.utils.encode_cell({ r, c: 6 });
    const budget = XLSX.utils.encode_cell({ r, c: 4 });
    const spent = XLSX.utils.encode_cell({ r, c: 5 });
    const v = Math.round((Number(String(aoa[r]![5]).replace(/,/g, '')) / Number(String(aoa[r]![4]).replace(/,/g, ''))) * 1e4) / 1e4;
    ws[ref] = { t: 'n', v: v, f: `${spent}/${budget}`, z: '0.0%', w: String(aoa[r]![6]) };
  }
  ws['!merges'] = merges;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '自评表');
  for (const [file, bookType] of [
    ['form-004.xlsx', 'xlsx'],
    ['form-004.xls', 'biff8'],
  ] as const) {
    XLSX.writeFile(wb, join(out, file), { bookType });
    record(file, 'xlsx (SheetJS)', ver, `${reports[4]} (form)`);
  }
  // A formula saved without its cached result (some generators write them): states nothing.
  const bare = XLSX.utils.aoa_to_sheet([
    ['项目', '全年预算数', '全年执行数', '执行率'],
    ['年度资金总额', 100, 90, null],
  ]);
  bare['D2'] = { t: 'n', f: 'C2/B2' } as XLSX.CellObject;
  const wb2 = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb2, bare, 'Sheet1');
  XLSX.writeFile(wb2, join(out, 'formula-no-cache.xlsx'), { bookType: 'xlsx' });
  record('formula-no-cache.xlsx', 'xlsx (SheetJS)', ver, 'synthetic');
}

/** A page of a government site with the report pasted in, saved by a browser, in GBK. */
function writeHtml(): void {
  for (const name of reports.filter((n) => /^00[02]_/.test(n))) {
    const [title, ...rest] = paragraphs(name);
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>${esc(title!)}_财政预决算_政府信息公开</title>
<script>var site = "gov";</script><style>.nav{color:red}</style></head>
<body><div class="top"><div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div></div>
<div class="main"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; 财政预决算</div>
<div class="article">
<table class="xxgk_table"><tr><td>索引号：</td><td>11440113MB2C93571X/2023-00123</td><td>分类：</td><td>财政预决算</td></tr><tr><td>发布机构：</td><td>${esc(title!.replace(/.*?(广州市[^部]*?(?:政府|办事处)).*/, '$1'))}</td><td>发布日期：</td><td>2023-09-28</td></tr></table>
<h1 class="title">${esc(title!)}</h1>
<div class="info"><span>发布时间：2023-09-28 10:12:05</span> <span>来源：本网</span> <span>字体：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</span> <a href="javascript:window.print()">打印</a></div>
<div class="content" id="zoom">
${rest.map((p) => `<p style="text-indent:2em">${esc(p)}</p>`).join('\n')}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="close"><a href="javascript:window.close()">【关闭窗口】</a></div>
</div></div>
<div class="footer"><p>主办单位：某某区人民政府办公室 版权所有</p><p>网站标识码：4401130001 粤ICP备12345678号</p></div>
</body></html>`;
    const file = `${name.slice(0, 3)}.html`;
    // As a browser saves it: characters GBK lacks (m²) as character references.
    const gbk = html.replace(/[^\x00-\x7f]/gu, (ch) =>
      iconv.decode(iconv.encode(ch, 'gbk'), 'gbk') === ch ? ch : `&#${ch.codePointAt(0)};`,
    );
    writeFileSync(join(out, file), iconv.encode(gbk, 'gbk'));
    record(file, 'make-fixtures (GBK)', '1', name);
  }
}

/** LibreOffice, when installed: .docx → .doc (Word 97) and → PDF. */
function libreOffice(): void {
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  if (!soffice) {
    console.log('LibreOffice not installed: no .doc fixtures (apt-get install libreoffice-writer-nogui)');
    return;
  }
  const ver = execFileSync(soffice, ['--version'], { encoding: 'utf8' }).trim().split(/\s+/).slice(1, 2).join('');
  const tmp = mkdtempSync(join(tmpdir(), 'lo-'));
  const convert = (name: string, to: 'doc' | 'pdf', file: string) => {
    execFileSync(soffice, ['--headless', '--convert-to', to, '--outdir', tmp, join(out, name)], { stdio: 'ignore' });
    renameSync(join(tmp, `${basename(name, '.docx')}.${to}`), join(out, file));
    record(file, 'libreoffice', ver, name);
  };
  for (const name of ['001.docx', '004.docx']) convert(name, 'doc', `${basename(name, '.docx')}.doc`);
  // A second PDF producer: embedded TrueType subsets, a footer from a PAGE field, a table drawn with lines.
  convert('000.docx', 'pdf', '000.libreoffice.pdf');
  convert('form-004.docx', 'pdf', 'form-004.libreoffice.pdf');
}

// --only=pdf,docx,sheets,html,libreoffice makes just those.
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (step: string) => !only || only.includes(step);
if (wanted('pdf')) await printPdfs();
if (wanted('docx')) await writeDocx();
if (wanted('sheets')) writeSheets();
if (wanted('html')) writeHtml();
if (wanted('libreoffice')) libreOffice();
const path = join(out, 'manifest.json');
const previous = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as typeof manifest) : {};
writeFileSync(path, `${JSON.stringify({ ...previous, ...manifest }, null, 2)}\n`);
