// The member cities of the 40 designated areas, in both languages, with the source that names them:
// reference data, applied by seedReference (db/seed/reference.ts). City-level areas are the cities
// (or districts) the designation names; a county-level park is listed with its host county, whose
// Chinese name is the first part of the park's own name (the list of the 20 parks rests on the
// research framework's table, which cites gov.cn; a source was read for two of them).
//
// Corrections to the earlier list: West Beijing is Shijingshan and parts of Mentougou (People's
// Daily); no source names Fangshan, so it is left out. Chongqing's districts and the extent of
// coastal Dalian are not listed in any source found: the city alone is given.

export const CITY_SOURCES = {
  CE: "http://www.ce.cn/xwzx/gnsz/gdxw/201704/21/t20170421_22226331.shtml",
  GOV: "http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2019-09/01/content_5426208.htm",
  HN: "https://hn.cnipai.com/news/detail/236882.html",
  BJ: "https://xncapp.cn/province/beijing/2021/0623/17155.html",
  SDE: "http://www.sdenews.com/html/2021/6/318861.shtml",
} as const;

export type AreaCitiesSeed = {
  code: string;
  source: keyof typeof CITY_SOURCES | null;
  cities: { zh: string; en: string }[];
  /** An earlier reference list of English names that these rows replace where a database still holds it unchanged. */
  replaces?: string[];
};

export const AREA_CITIES: readonly AreaCitiesSeed[] = [
  { code: "liaoning-central", source: "CE", cities: [{ zh: "沈阳", en: "Shenyang" }, { zh: "鞍山", en: "Anshan" }, { zh: "抚顺", en: "Fushun" }] },
  { code: "jilin-central", source: "CE", cities: [{ zh: "长春", en: "Changchun" }, { zh: "吉林", en: "Jilin" }, { zh: "松原", en: "Songyuan" }] },
  { code: "inner-mongolia-west", source: "CE", cities: [{ zh: "包头", en: "Baotou" }, { zh: "鄂尔多斯", en: "Ordos" }] },
  { code: "tangshan", source: "CE", cities: [{ zh: "唐山", en: "Tangshan" }] },
  { code: "changzhi", source: "CE", cities: [{ zh: "长治", en: "Changzhi" }] },
  { code: "zibo", source: "CE", cities: [{ zh: "淄博", en: "Zibo" }] },
  { code: "chongqing-metro", source: "CE", cities: [{ zh: "重庆", en: "Chongqing" }] },
  { code: "ningxia-northeast", source: "CE", cities: [{ zh: "石嘴山", en: "Shizuishan" }, { zh: "宁东", en: "Ningdong" }] },
  { code: "hunan-central", source: "CE", cities: [{ zh: "株洲", en: "Zhuzhou" }, { zh: "湘潭", en: "Xiangtan" }, { zh: "娄底", en: "Loudi" }] },
  { code: "tongling", source: "CE", cities: [{ zh: "铜陵", en: "Tongling" }] },
  { code: "huangshi", source: "CE", cities: [{ zh: "黄石", en: "Huangshi" }] },
  { code: "zigong", source: "CE", cities: [{ zh: "自贡", en: "Zigong" }] },
  { code: "beijing-west", source: "BJ", cities: [{ zh: "石景山区", en: "Shijingshan" }, { zh: "门头沟区（部分）", en: "Mentougou (part)" }], replaces: ["Mentougou", "Shijingshan", "Fangshan"] },
  { code: "dalian", source: "GOV", cities: [{ zh: "大连", en: "Dalian" }] },
  { code: "daqing", source: "GOV", cities: [{ zh: "大庆", en: "Daqing" }] },
  { code: "xuzhou", source: "GOV", cities: [{ zh: "徐州", en: "Xuzhou" }] },
  { code: "pingxiang", source: "GOV", cities: [{ zh: "萍乡", en: "Pingxiang" }] },
  { code: "henan-west", source: "HN", cities: [{ zh: "洛阳", en: "Luoyang" }, { zh: "平顶山", en: "Pingdingshan" }] },
  { code: "shaoguan", source: "GOV", cities: [{ zh: "韶关", en: "Shaoguan" }] },
  { code: "liupanshui", source: "GOV", cities: [{ zh: "六盘水", en: "Liupanshui" }] },
  { code: "zhengding-hitech", source: "SDE", cities: [{ zh: "正定", en: "Zhengding" }] },
  { code: "qingxu-edz", source: null, cities: [{ zh: "清徐", en: "Qingxu" }] },
  { code: "heishan-panghe-edz", source: null, cities: [{ zh: "黑山", en: "Heishan" }] },
  { code: "hunchun-border-ecz", source: null, cities: [{ zh: "珲春", en: "Hunchun" }] },
  { code: "shuyang-etdz", source: null, cities: [{ zh: "沭阳", en: "Shuyang" }] },
  { code: "changxing-etdz", source: null, cities: [{ zh: "长兴", en: "Changxing" }] },
  { code: "ninghai-etdz", source: null, cities: [{ zh: "宁海", en: "Ninghai" }] },
  { code: "tianchang-hitech", source: null, cities: [{ zh: "天长", en: "Tianchang" }] },
  { code: "fuqing-jiangyin", source: null, cities: [{ zh: "福清", en: "Fuqing" }] },
  { code: "xiaolan-etdz", source: null, cities: [{ zh: "南昌", en: "Nanchang" }] },
  { code: "yuncheng-edz", source: "SDE", cities: [{ zh: "郓城", en: "Yuncheng" }] },
  { code: "lankao-cluster", source: null, cities: [{ zh: "兰考", en: "Lankao" }] },
  { code: "xiantao-hitech", source: null, cities: [{ zh: "仙桃", en: "Xiantao" }] },
  { code: "liuyang-etdz", source: null, cities: [{ zh: "浏阳", en: "Liuyang" }] },
  { code: "dongyuan-relocation-park", source: null, cities: [{ zh: "东源", en: "Dongyuan" }] },
  { code: "dianjiang-park", source: null, cities: [{ zh: "垫江", en: "Dianjiang" }] },
  { code: "daying-edz", source: null, cities: [{ zh: "大英", en: "Daying" }] },
  { code: "qingzhen-edz", source: null, cities: [{ zh: "清镇", en: "Qingzhen" }] },
  { code: "tengchong-edz", source: null, cities: [{ zh: "腾冲", en: "Tengchong" }] },
  { code: "sanyuan-hitech", source: null, cities: [{ zh: "三原", en: "Sanyuan" }] },
];
