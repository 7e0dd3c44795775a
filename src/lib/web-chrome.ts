// What a government web page or a document-sharing site puts around a report pasted from it:
// breadcrumbs ("当前位置:首页 > 政务公开 > …"), the 索引号 / 发布机构 / 发文日期 block, 来源 / 作者 /
// 浏览量 lines, 字体【大 中 小】 and 打印本页 controls, a site footer, and a sharing site's 大小 / 页数 /
// 上传时间 header. None of it is the report's text; its words must never join a unit's name.
import type { MappedText } from './mapped-text.ts';

/** Labels of the metadata lines such pages carry, each followed by ":" and a value. */
const META_LABELS = [
  '索引号',
  '发布机构',
  '发文机关',
  '发文日期',
  '发布日期',
  '成文日期',
  '生成日期',
  '公开日期',
  '文号',
  '发文字号',
  '时效性',
  '有效性',
  '主题分类',
  '公开方式',
  '公开范围',
  '信息来源',
  '来源',
  '作者',
  '编辑',
  '责任编辑',
  '浏览量',
  '浏览次数',
  '阅读次数',
  '访问次数',
  '阅读量',
  '访问量',
  '点击数',
  '点击量',
  '字体',
  '字号',
  '分享到',
  '大小',
  '页数',
  '上传时间',
  '上传者',
  '资源描述',
  '文档格式',
  '下载积分',
  '所需积分',
  '贡献者',
  '主办单位',
  '承办单位',
  '网站标识码',
  '联系电话',
  '发布时间',
  '更新时间',
  '主办',
  '承办',
  '上一篇',
  '下一篇',
];
/** A list of other pages ("相关推荐:", then their titles one per line, up to a blank line): titles of other reports. */
const RELATED = /^(?:相关(?:推荐|链接|文章|阅读|信息|新闻|附件)|热点(?:信息|推荐)|推荐阅读|猜你喜欢)\s*:?\s*$/;
/** An item of such a list is a title, not a paragraph. */
const LIST_ITEM = /^[^。;]{2,80}$/;
/** The labels stand at the line's start, perhaps in brackets: "【发布时间:2023-05-12】【来源:…】", "[ 发布日期:… ]". */
const META_LINE = new RegExp(`^[【\\[\\s]*(?:${META_LABELS.join('|')})\\s*:`);
/** The index block of a public-information page, its labels letter-spaced and without colons ("索 引 号 1778711277/A012"). */
const INDEX_LINE =
  /^索\s*引\s*号\s*:?\s*[0-9A-Za-z]|^(?:发\s*布\s*机\s*构|公\s*开\s*日\s*期|发\s*文\s*日\s*期|成\s*文\s*日\s*期)\s*:?\s*[0-9A-Za-z]/;
/** A document-sharing site's prompts around a preview: "展开全文", "VIP免费下载", "当前文档最多只能预览5页". */
const SHARING_PROMPT =
  /^(?:展开全文|阅读全文|点击(?:查看|阅读|展开)(?:更多|全文)?.{0,4}|(?:VIP)?(?:免费|立即)?下载(?:文档|全文|此文档)?|本文档由.{0,20}上传.{0,20}|(?:温馨提示|提示)\s*:.{0,30}(?:预览|下载|阅读).{0,20}|阅读已结束.{0,30})$/i;
/** A site's navigation bar: "网站首页  走进仁寿  新闻中心  政务公开 …", short names apart. */
const NAV_BAR = /^(?:网站)?首页(?:\s+[\u4e00-\u9fa5]{2,8}){3,}\s*$/;
/** "当前位置:首页>政务公开>…", "您现在的位置: 首页 » …", "您所在的位置:…", "首页 > 信息公开 > …", a nav bar "首页 | 政务公开 | …". */
const BREADCRUMB = /^(?:您?(?:当前|现在|所在)?的?(?:所在)?(?:位置|页面)\s*:|首页\s*[>»>›/|])/;
/** A row of links to other sites: "·中央政府门户网 ·湖南省政府门户网 …". */
const SITE_LINKS = /^(?:\s*[·•]\s*[\u4e00-\u9fa5]{2,20}(?:网|网站))+\s*$/;
/** Page controls and site footers, with or without their brackets. */
const CONTROLS =
  /^(?:[【[]?(?:打印本页|打印|关闭窗口|关闭|收藏|返回顶部|分享|扫一扫|下载|举报)[】\]]?\s*){1,6}$|(?:字体|字号)\s*[:]?\s*[【[]?\s*大\s*中\s*小|版权所有|ICP备|京公网安备|网站地图|政府网站找错/;
/** A document-sharing site heads the page with the file's name: "…自评报告.doc". */
const FILE_NAME = /^[^\s。,;:]{4,80}\.(?:docx?|pdf|xlsx?|wps|et|ofd|txt)$/i;
/** All of them as two patterns (one ignoring case), since every line is tried. */
const CHROME = new RegExp([META_LINE, INDEX_LINE, NAV_BAR, BREADCRUMB, SITE_LINKS, CONTROLS].map((re) => re.source).join('|'));
const CHROME_ANY_CASE = new RegExp([FILE_NAME, SHARING_PROMPT].map((re) => re.source).join('|'), 'i');
/** A metadata line may carry several fields; past this length it is a paragraph that begins like one. */
const MAX_META_LINE = 160;

/** Indexes of the lines that are the page's chrome, not the report. */
export function webChrome(lines: readonly MappedText[]): Set<number> {
  const drop = new Set<number>();
  let inList = false;
  lines.forEach((line, i) => {
    const text = line.text.trim();
    // No pattern matches an empty line, and it ends a list.
    if (!text) {
      inList = false;
      return;
    }
    if (inList && LIST_ITEM.test(text)) {
      drop.add(i);
      return;
    }
    inList = RELATED.test(text);
    if (text.length > MAX_META_LINE) return;
    if (inList || CHROME.test(text) || CHROME_ANY_CASE.test(text)) drop.add(i);
  });
  return drop;
}
