import type { SOURCE_KINDS } from "@/lib/domain/enums";

// The documents that created and steer the demonstration areas, and the national plan their targets
// hang from: reference data, shown as the timeline at /policy and linked from the official results
// and from the summary's pathways. Every fact here carries a source; what could not be sourced is left
// out (no document number is given unless one was read in a source). What each document requires is
// written in our own words. Where only a repost or a press report could be read, the source says so
// (`kind`), and the product shows it beside the link. docs/sources.md lists every source.

export type Bilingual = { zh: string; en: string };
export type SourceKind = (typeof SOURCE_KINDS)[number];

export type DocumentSource = {
  url: string;
  /** What the source is: its outlet and, for a repost, who reposted it. */
  title: Bilingual;
  kind: SourceKind;
};

export type PolicyDocument = {
  /** The anchor on /policy and the key the pathways and the official results cite. */
  id: string;
  /** ISO date, to the day where a source gives the day, else to the month ("2021-06"). */
  date: string;
  /** What the date is: the document's own date, its publication, its approval or its adoption. */
  dateKind: "issued" | "published" | "approved" | "adopted";
  issuers: Bilingual;
  title: Bilingual;
  /** A short name for tables and links. */
  shortTitle: Bilingual;
  /** The title is as the press reported it; the document's own title was not read. */
  titleAsReported?: boolean;
  /** The document number, only where a source shows it. */
  number: string | null;
  /** What it requires of the areas (or does for them), in one or two sentences of our own. */
  requires: Bilingual;
  sources: DocumentSource[];
  /** One of the seven documents of the research framework's policy table. */
  inFrameworkTable: boolean;
};

const NDRC_FOUR: Bilingual = {
  zh: "国家发展改革委、科技部、工业和信息化部、自然资源部",
  en: "NDRC, Ministry of Science and Technology, Ministry of Industry and Information Technology, Ministry of Natural Resources",
};
const NDRC_FIVE: Bilingual = {
  zh: "国家发展改革委、科技部、工业和信息化部、自然资源部、国家开发银行",
  en: "NDRC, Ministry of Science and Technology, Ministry of Industry and Information Technology, Ministry of Natural Resources, China Development Bank",
};
// Before March 2018 the land ministry was the Ministry of Land and Resources (the 2016 text is addressed to 国土资源厅).
const NDRC_FIVE_MLR: Bilingual = {
  zh: "国家发展改革委、科技部、工业和信息化部、国土资源部、国家开发银行",
  en: "NDRC, Ministry of Science and Technology, Ministry of Industry and Information Technology, Ministry of Land and Resources, China Development Bank",
};

export const POLICY_DOCUMENTS: readonly PolicyDocument[] = [
  {
    id: "implementation-opinions-2016",
    date: "2016-09",
    dateKind: "issued",
    issuers: NDRC_FIVE_MLR,
    title: {
      zh: "关于支持老工业城市和资源型城市产业转型升级的实施意见",
      en: "Implementation Opinions on Supporting Industrial Transformation and Upgrading in Old Industrial Cities and Resource-Based Cities",
    },
    shortTitle: { zh: "2016年《实施意见》", en: "2016 Implementation Opinions" },
    number: "发改振兴规〔2016〕1966号",
    requires: {
      zh: "提出用十年左右时间，形成从内部推动产业转型的机制、以园区为依托的支撑体系和特色产业集群；要求在老工业城市和资源型城市建设示范区和示范园区，先行试验改革，并以产业、创新、投资、金融和土地政策给予支持。",
      en: "Sets a ten-year aim: mechanisms that drive transformation from within, a support system built on parks, and distinctive industrial clusters. It calls for demonstration areas and parks in old industrial and resource-based cities that try reforms first, backed by industrial, innovation, investment, financial and land policies.",
    },
    sources: [
      {
        url: "https://tgxwzx.tisco.com.cn/xpaper/news/857/4359/22824-1.shtml",
        title: { zh: "新华社报道，太钢新闻中心转载", en: "Xinhua report, reposted by TISCO's news centre" },
        kind: "repost",
      },
      {
        url: "http://www.carmeyer.com/html/htmlzszcgjzc2017-12-1232582.html",
        title: { zh: "全文，第三方网站转载（注明来源为国家发展改革委网站，2016-09-28）", en: "Full text, reposted by a third-party site (giving NDRC's website, 28 Sep 2016, as its source)" },
        kind: "repost",
      },
    ],
    inFrameworkTable: true,
  },
  {
    id: "first-wave-2017",
    date: "2017-04-21",
    dateKind: "published",
    issuers: NDRC_FIVE_MLR,
    title: {
      zh: "关于支持首批老工业城市和资源型城市产业转型升级示范区建设的通知",
      en: "Notice on Supporting the First Batch of Industrial Transformation and Upgrading Demonstration Areas in Old Industrial Cities and Resource-Based Cities",
    },
    shortTitle: { zh: "2017年首批示范区通知", en: "2017 first-wave notice" },
    number: null,
    requires: {
      zh: "确定辽宁中部（沈阳—鞍山—抚顺）、河北唐山等12个城市（经济区）为首批示范区，并逐一写明各区已取得的经验和下一步重点探索的领域。",
      en: "Names 12 cities and economic regions, Central Liaoning (Shenyang–Anshan–Fushun) and Tangshan among them, as the first wave, and states for each the experience gained so far and the fields it should explore next.",
    },
    sources: [
      {
        url: "http://www.ce.cn/xwzx/gnsz/gdxw/201704/21/t20170421_22226331.shtml",
        title: { zh: "中国经济网，2017-04-21", en: "China Economic Net, 21 Apr 2017" },
        kind: "press",
      },
      {
        url: "http://sd.china.com.cn/a/2017/djbd_0424/943321.html",
        title: { zh: "中国网山东，2017-04-24", en: "China.com.cn Shandong, 24 Apr 2017" },
        kind: "press",
      },
    ],
    inFrameworkTable: true,
  },
  {
    id: "second-wave-2019",
    date: "2019-08-30",
    dateKind: "issued",
    issuers: NDRC_FIVE,
    title: {
      zh: "关于进一步推进产业转型升级示范区建设的通知",
      en: "Notice on Further Advancing the Construction of Industrial Transformation and Upgrading Demonstration Areas",
    },
    shortTitle: { zh: "2019年第二批示范区通知", en: "2019 second-wave notice" },
    number: null,
    requires: {
      zh: "支持北京京西、大连沿海、黑龙江大庆、江苏徐州、江西萍乡、河南西部、广东韶关、贵州六盘水建设第二批示范区；各区方案须写明产业转型和城市更新的目标与分阶段任务。建设成效与中央预算内投资等支持挂钩，连续三年评为较差的城市取消示范区资格。",
      en: "Adds eight areas as the second wave: West Beijing, coastal Dalian, Daqing, Xuzhou, Pingxiang, Western Henan, Shaoguan and Liupanshui. Each area's plan must set goals and phased tasks for industrial transformation and urban renewal. Results are tied to central-budget investment and other support; a city rated poor three years running loses its status.",
    },
    sources: [
      {
        url: "http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2019-09/01/content_5426208.htm",
        title: { zh: "中国政府网刊载经济日报报道，2019-09-01", en: "Economic Daily report on the central government's website, 1 Sep 2019" },
        kind: "official",
      },
      {
        url: "https://hn.cnipai.com/news/detail/236882.html",
        title: { zh: "河南日报报道，第三方网站转载", en: "Henan Daily report, reposted by a third-party site" },
        kind: "repost",
      },
    ],
    inFrameworkTable: true,
  },
  {
    id: "industrial-heritage-2020",
    date: "2020-06-02",
    dateKind: "issued",
    issuers: {
      zh: "国家发展改革委、工业和信息化部、国务院国资委、国家文物局、国家开发银行",
      en: "NDRC, Ministry of Industry and Information Technology, SASAC, National Cultural Heritage Administration, China Development Bank",
    },
    title: {
      zh: "推动老工业城市工业遗产保护利用实施方案",
      en: "Implementation Plan for Promoting the Protection and Use of Industrial Heritage in Old Industrial Cities",
    },
    shortTitle: { zh: "2020年工业遗产保护利用方案", en: "2020 industrial-heritage plan" },
    number: null,
    requires: {
      zh: "要求老工业城市保护并重新利用工业遗产，以文化振兴带动城市转型，为老工业城市探索新的发展路径。",
      en: "Asks old industrial cities to protect and reuse their industrial heritage, so that a cultural revival carries the city's transformation along.",
    },
    sources: [
      {
        url: "https://czh.xauat.edu.cn/info/1013/2115.htm",
        title: { zh: "印发通知全文，西安建筑科技大学网站转载", en: "Issuing notice, reposted by Xi'an University of Architecture and Technology" },
        kind: "repost",
      },
    ],
    inFrameworkTable: false,
  },
  {
    id: "evaluation-2020-results",
    date: "2021-06",
    dateKind: "issued",
    issuers: NDRC_FOUR,
    title: {
      zh: "关于产业转型升级示范区建设2020年度评估结果及下一步重点工作的通知",
      en: "Notice on the 2020 Evaluation Results of the Industrial Transformation and Upgrading Demonstration Areas and the Key Work Ahead",
    },
    shortTitle: { zh: "2020年度评估结果通知", en: "2020 evaluation results" },
    number: null,
    requires: {
      zh: "公布2020年度评估结果（7个城市优秀、12个城市良好）；原则同意北京京西等20个示范区的建设方案，纳入“十四五”支持政策范围；原则同意河北正定等20个县城依托现有开发区建设县城产业转型升级示范园区，参照享受示范区政策。",
      en: "Publishes the 2020 results (7 cities rated excellent, 12 good); approves in principle the plans of all 20 demonstration areas and brings them under 14th-plan support; approves 20 county towns, Zhengding among them, building county-level demonstration parks on existing development zones, with the areas' policies.",
    },
    sources: [
      {
        url: "http://www.sdenews.com/html/2021/6/318861.shtml",
        title: { zh: "经济导报，2021年6月", en: "Economic Herald (Shandong), June 2021" },
        kind: "press",
      },
      {
        url: "https://xncapp.cn/province/beijing/2021/0623/17155.html",
        title: { zh: "人民日报报道（京西），第三方网站转载，2021-06-23", en: "People's Daily report on West Beijing, reposted by a third-party site, 23 Jun 2021" },
        kind: "repost",
      },
    ],
    inFrameworkTable: true,
  },
  {
    id: "special-regions-plan-2021",
    date: "2021-09-23",
    dateKind: "approved",
    issuers: { zh: "国务院批复，国家发展改革委印发", en: "Approved by the State Council; released by NDRC" },
    title: {
      zh: "“十四五”特殊类型地区振兴发展规划",
      en: "14th Five-Year Plan for the Revitalisation and Development of Special Types of Regions",
    },
    shortTitle: { zh: "“十四五”特殊类型地区规划", en: "14th-plan special regions plan" },
    number: "国函〔2021〕98号（批复）",
    requires: {
      zh: "国务院2021年9月23日批复，国家发展改革委2021年11月26日发布。规划覆盖欠发达地区、革命老区、边境地区、生态退化地区、资源型地区和老工业城市等特殊类型地区；示范区的“十四五”实施方案依据本规划制定。",
      en: "Approved by the State Council on 23 September 2021 and released by NDRC on 26 November 2021. It covers special types of regions, among them under-developed areas, old revolutionary areas, border areas, ecologically degraded areas, resource-based regions and old industrial cities; the areas' 14th-plan implementation plan was drawn up under it.",
    },
    sources: [
      {
        url: "http://spoopsart.com/detail/cid/433/aid/101341",
        title: { zh: "中国政府网批复记录，第三方网站镜像", en: "The approval's record on the central government's website, mirrored by a third-party site" },
        kind: "repost",
      },
      {
        url: "http://www.xjxbtdc.com/news/330159.html",
        title: { zh: "国家发展改革委发布消息，第三方网站转载", en: "NDRC's release, reposted by a third-party site" },
        kind: "repost",
      },
    ],
    inFrameworkTable: true,
  },
  {
    id: "implementation-plan-2021",
    date: "2021-11-19",
    dateKind: "issued",
    issuers: NDRC_FIVE,
    title: {
      zh: "“十四五”支持老工业城市和资源型城市产业转型升级示范区高质量发展实施方案",
      en: "Implementation Plan for Supporting the High-Quality Development of the Industrial Transformation and Upgrading Demonstration Areas in Old Industrial and Resource-Based Cities during the 14th Five-Year Plan",
    },
    shortTitle: { zh: "“十四五”示范区实施方案", en: "14th-plan implementation plan" },
    number: "发改振兴〔2021〕1618号",
    requires: {
      zh: "要求示范区城市统筹推进产业结构调整、城市更新改造和绿色低碳转型；到2025年示范区建设取得明显进展，建成一批先进制造业基地和区域性中心城市；具备条件的省级以上园区2025年底前全部实施循环化改造。",
      en: "Asks the areas' cities to pursue industrial restructuring, urban renewal and green, low-carbon transformation together. By 2025 the areas should show clear progress and a group of advanced-manufacturing bases and regional centres; every eligible park at provincial level or above is to complete circular retrofitting by the end of 2025.",
    },
    sources: [
      {
        url: "https://solarbe.com/data/zhengce/show.php?itemid=347667",
        title: { zh: "印发通知及全文，第三方网站转载", en: "Issuing notice and full text, reposted by a third-party site" },
        kind: "repost",
      },
      {
        url: "http://hhygw.cn/xw/zyxw/20211203/120479.html",
        title: { zh: "新闻及全文，第三方网站转载", en: "News report and full text, reposted by a third-party site" },
        kind: "repost",
      },
    ],
    inFrameworkTable: true,
  },
  {
    id: "evaluation-2022-results",
    date: "2023-05",
    dateKind: "published",
    issuers: NDRC_FOUR,
    title: {
      zh: "关于产业转型升级示范区建设2022年度评估结果及2023年重点工作的通知",
      en: "Notice on the 2022 Evaluation Results of the Industrial Transformation and Upgrading Demonstration Areas and the Key Work for 2023",
    },
    shortTitle: { zh: "2022年度评估结果通知", en: "2022 evaluation results" },
    titleAsReported: true,
    number: null,
    requires: {
      zh: "表扬2022年度评估优秀的山西长治等7个城市、推进产业转型升级成效明显的大连经济技术开发区等3个园区和在5个重点领域取得积极进展的8个城市；2023年继续给予资金支持，并进一步强化评估结果的运用。",
      en: "Commends the 7 cities rated excellent for 2022 (Changzhi among them), 3 parks with clear progress (the Dalian Economic and Technological Development Zone among them) and 8 cities that advanced in five key fields; promises continued funding in 2023 and wider use of the evaluation results.",
    },
    sources: [
      {
        url: "http://caikuang.rexun.cn/jujiao/2023/0504/11763.html",
        title: { zh: "界面新闻报道，第三方网站转载，2023-05-04", en: "Jiemian report, reposted by a third-party site, 4 May 2023" },
        kind: "repost",
      },
      {
        url: "http://sadc.net.cn/list/newsshow.php?id=22709",
        title: { zh: "国家发展改革委消息，第三方网站转载", en: "NDRC's news, reposted by a third-party site" },
        kind: "repost",
      },
    ],
    inFrameworkTable: true,
  },
  {
    id: "fifteenth-plan-outline-2026",
    date: "2026-03-12",
    dateKind: "adopted",
    issuers: {
      zh: "国务院编制，第十四届全国人民代表大会第四次会议批准",
      en: "Drafted by the State Council; approved by the Fourth Session of the 14th National People's Congress",
    },
    title: {
      zh: "中华人民共和国国民经济和社会发展第十五个五年规划纲要",
      en: "Outline of the 15th Five-Year Plan for National Economic and Social Development of the People's Republic of China",
    },
    shortTitle: { zh: "“十五五”规划纲要", en: "15th Five-Year Plan outline" },
    number: null,
    requires: {
      zh: "草案于2026年3月5日随政府工作报告提交，3月12日获批准。据草案报道，纲要提出2026—2030年20项主要指标，其中单位国内生产总值二氧化碳排放累计降低17%、全社会研发经费投入年均增长7%以上，并提出数字经济核心产业增加值占国内生产总值比重达到12.5%；示范区“十五五”目标的全国参照来自本纲要。",
      en: "The draft was presented with the Government Work Report on 5 March 2026 and approved on 12 March. As reported from the draft, it sets 20 main indicators for 2026–2030, among them a 17 % cumulative cut in CO₂ per unit of GDP and R&D spending growing at least 7 % a year, and a 12.5 % GDP share for the digital economy's core industries; the national reference lines of the areas' 15th-plan targets come from it.",
    },
    sources: [
      {
        url: "https://www.jiemian.com/article/14071737.html",
        title: { zh: "界面新闻，2026-03-05（草案的主要指标）", en: "Jiemian, 5 Mar 2026 (the draft's main indicators)" },
        kind: "press",
      },
      {
        url: "https://hk.crntt.com/doc/1071/7/6/5/107176552.html?coluid=7&kindid=0&docid=107176552&mdate=0312215420",
        title: { zh: "中评社，2026-03-12（全国人大闭幕，通过决议）", en: "China Review News, 12 Mar 2026 (the NPC closes and adopts the resolution)" },
        kind: "press",
      },
      {
        url: "https://udn.com/news/story/7331/9377182",
        title: { zh: "联合新闻网（决议批准规划纲要）", en: "United Daily News (the resolution approving the outline)" },
        kind: "press",
      },
    ],
    inFrameworkTable: false,
  },
];

export function policyDocument(id: string): PolicyDocument | undefined {
  return POLICY_DOCUMENTS.find((d) => d.id === id);
}
