import type { Site } from '@veridesk/domain';

/** The words the scale seed builds realistic names from (scale-seed-plan.ts). */

// Cities sellers register in: USCC registration-authority code, ID-card area code, Chinese name.
export const CITIES = [
  ['440300', '440305', '深圳市'],
  ['440100', '440106', '广州市'],
  ['441900', '441900', '东莞市'],
  ['440600', '440604', '佛山市'],
  ['330782', '330782', '义乌市'],
  ['330100', '330106', '杭州市'],
  ['330200', '330203', '宁波市'],
  ['350200', '350203', '厦门市'],
  ['350500', '350503', '泉州市'],
  ['320500', '320508', '苏州市'],
  ['440500', '440507', '汕头市'],
  ['442000', '442000', '中山市'],
] as const;
export const SYLLABLES = [
  ['海', 'Hai'],
  ['拓', 'tuo'],
  ['星', 'Xing'],
  ['辰', 'chen'],
  ['优', 'You'],
  ['品', 'pin'],
  ['精', 'Jing'],
  ['工', 'gong'],
  ['青', 'Qing'],
  ['禾', 'he'],
  ['锦', 'Jin'],
  ['华', 'hua'],
  ['瑞', 'Rui'],
  ['达', 'da'],
  ['鑫', 'Xin'],
  ['源', 'yuan'],
  ['恒', 'Heng'],
  ['泰', 'tai'],
  ['盛', 'Sheng'],
  ['悦', 'yue'],
  ['博', 'Bo'],
  ['创', 'chuang'],
  ['嘉', 'Jia'],
  ['越', 'yue'],
  ['云', 'Yun'],
  ['帆', 'fan'],
  ['宏', 'Hong'],
  ['远', 'yuan'],
  ['佳', 'Jia'],
  ['美', 'mei'],
  ['诺', 'Nuo'],
  ['凯', 'kai'],
  ['启', 'Qi'],
  ['航', 'hang'],
  ['安', 'An'],
  ['晨', 'chen'],
  ['光', 'Guang'],
  ['乐', 'le'],
  ['汇', 'Hui'],
  ['通', 'tong'],
] as const;
// Trade (Chinese, English), the business scope it registers, and one category stores may add.
export const TRADES: ReadonlyArray<readonly [string, string, string[], string, number]> = [
  ['电子商务', 'E-commerce', ['home-appliances', 'consumer-electronics', 'home-decor'], 'toys', 14],
  ['贸易', 'Trading', ['fashion', 'bags', 'shoes'], 'home-decor', 12],
  ['化妆品', 'Cosmetics', ['cosmetics', 'beauty-tools'], 'health-supplements', 10],
  ['健康科技', 'Health Technology', ['health-supplements', 'medical-devices'], 'food', 6],
  ['食品', 'Foods', ['food', 'kitchenware'], 'health-supplements', 6],
  ['数码科技', 'Digital Technology', ['consumer-electronics', 'mobile-accessories'], 'toys', 12],
  ['家居用品', 'Household Products', ['home-decor', 'kitchenware', 'home-appliances'], 'toys', 12],
  ['服饰', 'Apparel', ['fashion', 'shoes', 'bags'], 'beauty-tools', 10],
  ['五金制品', 'Hardware', ['tools', 'hardware'], 'home-appliances', 8],
  ['玩具', 'Toys', ['toys', 'stationery', 'baby'], 'food', 6],
  ['电子烟科技', 'Vapor Technology', ['e-cigarettes'], 'consumer-electronics', 1],
  ['母婴用品', 'Baby Products', ['baby', 'toys'], 'cosmetics', 3],
];
export const SHOP_WORDS = ['Official Store', 'Store', 'Mall', 'Flagship', 'Home', 'Life', 'Global'];
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余于杜叶程';
export const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国志红燕鹏辉斌浩宇欣怡晨阳子涵雪梅海波';
export const SITE_WEIGHTS: ReadonlyArray<readonly [Site, number]> = [
  ['MY', 22],
  ['TH', 20],
  ['PH', 17],
  ['SG', 14],
  ['VN', 14],
  ['ID', 13],
];
