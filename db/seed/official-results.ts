import type { OFFICIAL_RESULTS } from "@/lib/domain/enums";
import type { Bilingual, SourceKind } from "./policy-documents";

// The published results of the national evaluation that a source could be read for: reference data,
// applied by seedReference (db/seed/reference.ts) and recognised by `key`, so a restart adds what is
// missing and changes nothing else. Results are given per city where the source names cities, and for
// the area as a whole where it names the area (`city` null). Each row keeps its source as it is: most
// are press reports or reposts of the national bodies' notices, and `kind` says which. What the
// sources do not say is left out: the other six cities rated excellent for 2022, the three other
// excellent areas of 2017, the parks and cities commended for 2022 but not named, and every result of
// the 2021 evaluation. docs/sources.md lists every source.

export type OfficialResultSeed = {
  key: string;
  areaCode: string;
  year: number;
  periodStart?: number;
  city: Bilingual | null;
  result: (typeof OFFICIAL_RESULTS)[number];
  field?: Bilingual;
  source: { title: string; url: string; kind: SourceKind };
  policyDocument?: string;
  note?: Bilingual;
};

const HUBEI_DAILY_2017 = {
  title: "我国评估产业转型示范区 黄石入列优秀城市（湖北日报，国际在线刊载，2018-07-17）",
  url: "https://hb.cri.cn/2018-07-17/fb1885ee-f30b-d94f-709c-a88eaab7265d.html",
  kind: "press",
} as const;
const AGGREGATOR_2018 = {
  title: "五部门联合印发产业转型升级示范区2018年建设进展评估通报（聚合网站转载，原载媒体未注明）",
  url: "http://www.gshxhs.com/gmwxw/11428.html",
  kind: "repost",
} as const;
const CNR_2019 = {
  title: "产业转型升级示范区建设2019年度评估结果揭晓（央广网，2020-08-04）",
  url: "http://cnr.cn/ah/news/20200804/t20200804_525192248.shtml",
  kind: "press",
} as const;
const HERALD_2020 = {
  title: "关于产业转型升级示范区建设2020年度评估结果及下一步重点工作的通知（经济导报报道，2021年6月）",
  url: "http://www.sdenews.com/html/2021/6/318861.shtml",
  kind: "press",
} as const;
const JIEMIAN_2022 = {
  title: "国家发改委联合相关部门印发产业转型升级示范区建设2022年度评估结果及2023年重点工作的通知（界面新闻，第三方网站转载，2023-05-04）",
  url: "http://caikuang.rexun.cn/jujiao/2023/0504/11763.html",
  kind: "repost",
} as const;
const JIMU_2021 = {
  title: "“十三五”时期产业转型升级示范区建设经验通报表扬（极目新闻报道，第三方网站转载，2021-10-20）",
  url: "http://xyd20i.cn/jj/2021/1020/12456.html",
  kind: "repost",
} as const;

const NOTE_2018: Bilingual = {
  zh: "来源所列名单以“等”结尾，可能不全；为聚合网站转载，原载媒体未注明。",
  en: "The source's list ends with “and others” and may be incomplete; it is an aggregator's repost that does not name the original outlet.",
};
const NOTE_2020: Bilingual = {
  zh: "据媒体对通知的报道（未读到国家发展改革委原文）。",
  en: "As a press report of the notice gives it (NDRC's own text was not read).",
};

const c = (zh: string, en: string): Bilingual => ({ zh, en });

function r2018(areaCode: string, city: Bilingual | null, result: "excellent" | "good"): OfficialResultSeed {
  return { key: `2018:${areaCode}:${city?.en ?? "area"}`, areaCode, year: 2018, city, result, source: AGGREGATOR_2018, note: NOTE_2018 };
}

function r2020(areaCode: string, city: Bilingual | null, result: "excellent" | "good"): OfficialResultSeed {
  return { key: `2020:${areaCode}:${city?.en ?? "area"}`, areaCode, year: 2020, city, result, source: HERALD_2020, policyDocument: "evaluation-2020-results", note: NOTE_2020 };
}

export const OFFICIAL_RESULTS_SEED: readonly OfficialResultSeed[] = [
  {
    key: "2017:huangshi:Huangshi",
    areaCode: "huangshi",
    year: 2017,
    city: c("黄石", "Huangshi"),
    result: "excellent",
    source: HUBEI_DAILY_2017,
    note: {
      zh: "来源称12个示范区中4个获评优秀，只点名黄石；其余3个未见来源。",
      en: "The source says 4 of the 12 areas were rated excellent and names Huangshi only; no source names the other three.",
    },
  },

  // 2018: grades per area as the source gives them (Central Hunan and Chongqing as areas, not cities).
  r2018("huangshi", c("黄石", "Huangshi"), "excellent"),
  r2018("hunan-central", null, "excellent"),
  r2018("zigong", c("自贡", "Zigong"), "excellent"),
  r2018("changzhi", c("长治", "Changzhi"), "good"),
  r2018("tangshan", c("唐山", "Tangshan"), "good"),
  r2018("zibo", c("淄博", "Zibo"), "good"),
  r2018("tongling", c("铜陵", "Tongling"), "good"),
  r2018("chongqing-metro", null, "good"),

  {
    key: "2019:tongling:Tongling",
    areaCode: "tongling",
    year: 2019,
    city: c("铜陵", "Tongling"),
    result: "good",
    source: CNR_2019,
    note: { zh: "仅查到铜陵的结果，未见完整名单。", en: "Only Tongling's result was found; no full list." },
  },

  // 2020: 7 cities rated excellent and 12 good, per city.
  r2020("hunan-central", c("湘潭", "Xiangtan"), "excellent"),
  r2020("beijing-west", null, "excellent"),
  r2020("tongling", c("铜陵", "Tongling"), "excellent"),
  r2020("liupanshui", c("六盘水", "Liupanshui"), "excellent"),
  r2020("pingxiang", c("萍乡", "Pingxiang"), "excellent"),
  r2020("shaoguan", c("韶关", "Shaoguan"), "excellent"),
  r2020("liaoning-central", c("沈阳", "Shenyang"), "excellent"),
  r2020("ningxia-northeast", c("宁东", "Ningdong"), "good"),
  r2020("xuzhou", c("徐州", "Xuzhou"), "good"),
  r2020("hunan-central", c("株洲", "Zhuzhou"), "good"),
  r2020("hunan-central", c("娄底", "Loudi"), "good"),
  r2020("zigong", c("自贡", "Zigong"), "good"),
  r2020("changzhi", c("长治", "Changzhi"), "good"),
  r2020("jilin-central", c("长春", "Changchun"), "good"),
  r2020("jilin-central", c("松原", "Songyuan"), "good"),
  r2020("dalian", c("大连", "Dalian"), "good"),
  r2020("henan-west", c("洛阳", "Luoyang"), "good"),
  r2020("zibo", c("淄博", "Zibo"), "good"),
  r2020("huangshi", c("黄石", "Huangshi"), "good"),

  // 2022: 7 cities rated excellent, of which the sources found name Changzhi only.
  {
    key: "2022:changzhi:Changzhi",
    areaCode: "changzhi",
    year: 2022,
    city: c("长治", "Changzhi"),
    result: "excellent",
    source: JIEMIAN_2022,
    policyDocument: "evaluation-2022-results",
    note: {
      zh: "7个优秀城市中，所见来源只点名长治。",
      en: "Of the 7 cities rated excellent, the sources found name Changzhi only.",
    },
  },
  {
    key: "2022:dalian:Dalian ETDZ",
    areaCode: "dalian",
    year: 2022,
    city: c("大连经济技术开发区", "Dalian Economic and Technological Development Zone"),
    result: "commendation",
    field: c("推进产业转型升级取得明显成效的园区", "Parks with clear progress in industrial transformation and upgrading"),
    source: JIEMIAN_2022,
    policyDocument: "evaluation-2022-results",
    note: {
      zh: "受表扬的3个园区中，所见来源只点名这一个；在5个重点领域受表扬的8个城市未见名单。",
      en: "Of the 3 parks commended, the sources found name this one only; the 8 cities commended in five key fields are not named.",
    },
  },

  // A commendation of the experience of 2016–2020 (the 13th Five-Year Plan), not a grade.
  {
    key: "2016-2020:huangshi:Huangshi",
    areaCode: "huangshi",
    year: 2020,
    periodStart: 2016,
    city: c("黄石", "Huangshi"),
    result: "commendation",
    field: c(
      "“十三五”时期建设经验：承接产业转移、优化城市发展环境、提升城市功能品质、绿色转型",
      "Experience of 2016–2020: taking on relocated industry, a better city environment for business, urban functions, green transformation",
    ),
    source: JIMU_2021,
    note: {
      zh: "领域名称转述自报道，并非通知的原有分类。",
      en: "The fields paraphrase the report; they are not the notice's own categories.",
    },
  },
];
