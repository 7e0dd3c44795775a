// web-chrome.ts: a web page's breadcrumbs, metadata and controls never reach the report's text.
import { describe, expect, it } from 'vitest';
import { fromSource } from '../src/lib/mapped-text.ts';
import { normalize } from '../src/lib/normalize.ts';
import { webChrome } from '../src/lib/web-chrome.ts';

const lines = (text: string) => text.split('\n').map((l) => fromSource(l));

describe('webChrome', () => {
  it.each([
    '当前位置:首页 > 政务公开 > 财政预决算 > 部门整体支出绩效自评报告',
    '您现在的位置: 首页 » 信息公开',
    '索引号:11440300MB2C123456/2024-00123 发布机构:某县财政局',
    '发文日期:2024-05-20 文号: 时效性:有效',
    '来源:县财政局 作者: 浏览量:123 字体:【大 中 小】 打印本页',
    '【打印本页】【关闭窗口】',
    '大小:1.2MB',
    '上传时间:2024-03-01',
    '版权所有:某某县人民政府 ICP备12345678号',
    '您所在的位置:首页 > 信息公开 > 法定主动公开内容',
    '发布时间:2024-06-12 10:30:00 来源:汶川县水务局 浏览次数: 【字体:大 中 小】',
    '分享到:',
    '首页 | 政务公开 | 政务服务 | 互动交流',
    '上一篇:永顺县林业局2023年度部门预算公开',
    '主办:永顺县人民政府办公室 承办:永顺县融媒体中心 网站标识码:4331270001',
    '网站首页  走进仁寿  新闻中心  政务公开  办事服务  公众参与',
    '温馨提示:当前文档最多只能预览5页',
    '【发布时间:2023-05-12】【来源:县财政局】【字号:大 中 小】',
    '[ 发布日期:2023-05-12 ] [ 浏览次数:123 ]',
    '信息来源:县财政局 | 发布时间:2023-05-12 | 阅读次数:88',
    '·中央政府门户网 ·湖南省政府门户网 ·怀化市政府门户网',
    '当前页面: 首页 > 洪江市财政局 > 信息公开',
    '展开全文',
    'VIP免费下载',
    '本文档由用户上传,仅供参考',
    ' 索 引 号 1778711277/A012/2023-00021  发布机构 A012  公开日期 2023-10-27',
    '浏阳市2021年度市农业农村局部门整体支出绩效自评报告.doc',
    '资源描述:浏阳市2021年度市农业农村局部门整体支出绩效自评报告,共6页。',
  ])('drops %s', (line) => {
    expect([...webChrome(lines(line))]).toEqual([0]);
  });

  it.each([
    '2023年全年预算数为12,345.67万元,实际支出11,234.56万元。',
    '资金来源:财政拨款',
    '一、部门基本情况',
    '作为全县的重点项目,来源广泛',
    '详见附件:部门整体支出绩效自评表.xls',
    '首页面设计费用已支付',
    '下载的资金按时拨付到位。',
    '【重要】来源:广泛',
    '公开日期为每年6月',
  ])('keeps %s', (line) => {
    expect(webChrome(lines(line)).size).toBe(0);
  });

  it("drops a list of other pages' titles under its label, up to the blank line", () => {
    const page = [
      '热点信息',
      '永顺县财政局2023年度部门整体支出绩效自评报告',
      '永顺县林业局2022年度部门决算公开',
      '',
      '永顺县林业局2023年度部门整体支出绩效自评报告',
    ];
    expect([...webChrome(lines(page.join('\n')))]).toEqual([0, 1, 2]);
    // A heading of the report followed by its text is no such list.
    expect(webChrome(lines('四、相关情况说明\n2023年我局全年预算数为3,812.45万元。')).size).toBe(0);
  });

  it('normalize leaves the title as the first line', () => {
    const text = normalize(
      '当前位置:首页 > 政务公开\n索引号:123 发布机构:某县财政局\n\n湖南省长沙县2023年度黄兴镇人民政府部门整体支出绩效自评报告\n',
    ).text;
    expect(text.split('\n')[0]).toBe('湖南省长沙县2023年度黄兴镇人民政府部门整体支出绩效自评报告');
  });
});
