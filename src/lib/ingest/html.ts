// A saved web page → the article's text, without the site's chrome: navigation, breadcrumb, the
// 索引号/发布机构 metadata block, 字体/打印 controls, share and close links, the footer. The
// charset is the one the page declares (GBK and GB2312 pages are common), else detected.
import iconv from 'iconv-lite';
import { parse, type HTMLElement } from 'node-html-parser';
import { decode } from '../decode.ts';
import type { Diagnostic } from '../schema.ts';
import { isLayoutTable, writeBlocks } from './html-blocks.ts';
import { newBuilder } from './text-builder.ts';
import type { Ingested } from './types.ts';

export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe) return decode(bytes).text;
  const head = String.fromCharCode(...bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  if (declared && iconv.encodingExists(declared)) {
    // GB2312 pages routinely hold GBK characters; GB18030 decodes both.
    const charset = /^(?:gb2312|gbk|x-gbk|gb_2312-80)$/i.test(declared) ? 'gb18030' : declared;
    return iconv.decode(Buffer.from(bytes), charset);
  }
  return decode(bytes).text;
}

const CHROME_TAGS = 'nav, aside, form, script, style, noscript, iframe, select, button';
const CHROME_NAME =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|position|location|local|footer|foot|bottom|share|print|toolbar|sidebar|sidenav|related|relevant|copyright|banner|search|login|close|fontsize|font)(?:$|[\s_-])/i;
/** A block of page metadata or controls: short, and names one of these. */
const META =
  /索引号|发布机构|发文机关|发布日期|成文日期|发文字号|信息来源|来源[:：]|浏览次数|访问量|阅读数|责任编辑|字[号体][:：]|【\s*[大中小]\s*】|\[\s*[大中小]\s*\]|打印本页|【打印】|关闭窗口|【关闭】|分享到|扫一扫|(?:当前|您现在的|您的|所在)位置/;

const cjkLength = (el: HTMLElement) => (el.text.match(/[\u4e00-\u9fff]/g) ?? []).length;
const isHeading = (el: HTMLElement) => /^h[1-3]$/i.test(el.rawTagName ?? '') || /title|biaoti/i.test(el.getAttribute('class') ?? '');

const CONTAINER = /^(?:div|section|article|main|center|font|form)$/i;
const LAYOUT_PART = /^(?:table|tbody|thead|tr|td|th)$/i;

/** An element that may hold the whole article: a container, or part of a table used for layout. */
function mayHoldArticle(el: HTMLElement): boolean {
  const tag = el.rawTagName ?? '';
  if (CONTAINER.test(tag)) return true;
  if (!LAYOUT_PART.test(tag)) return false;
  const table = tag.toLowerCase() === 'table' ? el : (el.closest('table') as HTMLElement | null);
  return !!table && isLayoutTable(table);
}

/**
 * Walks down from the body while one container child holds most of the text and no heading stands
 * beside it. It never walks into a paragraph or a data table, which would leave their siblings out.
 */
function article(body: HTMLElement): HTMLElement {
  let node = body;
  for (;;) {
    const children = node.childNodes.filter(
      (c): c is HTMLElement => c instanceof Object && 'rawTagName' in c && !!(c as HTMLElement).rawTagName,
    );
    const total = cjkLength(node);
    const main = children.find((c) => cjkLength(c) >= total * 0.6);
    if (!main || total === 0 || !mayHoldArticle(main)) return node;
    if (children.some((c) => c !== main && isHeading(c) && cjkLength(c) > 0)) return node;
    node = main;
  }
}

export function ingestHtml(bytes: Uint8Array, file: string): Ingested {
  const diagnostics: Diagnostic[] = [];
  const root = parse(decodeHtml(bytes), { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const body = root.querySelector('body') ?? root;
  for (const el of body.querySelectorAll(CHROME_TAGS)) el.remove();
  for (const el of body.querySelectorAll('*')) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (CHROME_NAME.test(name) && cjkLength(el) < 400) el.remove();
  }
  const main = article(body);
  // Metadata blocks inside the article: short, no sentence, naming 索引号, 字体, 打印 …
  for (const el of main.querySelectorAll('table, div, p, ul, span, li')) {
    const text = el.text;
    if (text.length < 300 && !/[。；]/.test(text) && META.test(text)) el.remove();
  }
  const b = newBuilder();
  const tables = writeBlocks(b, main);
  if (!b.text.trim())
    diagnostics.push({ severity: 'error', code: 'input/empty', file, message: '网页里没有找到正文; 请确认保存的是报告全文所在的网页' });
  return { text: b.text.replace(/\s+$/, '') + '\n', format: 'html', pages: null, spans: [], tables, diagnostics };
}
