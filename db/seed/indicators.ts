import type { NewIndicator } from "@/db/schema";

// The indicator catalogue (code-owned reference data, re-applied on every start).
// Ranges: soft = plausible (outside → flagged, needs a note); hard = impossible (outside → rejected).
// Year-on-year limits: beyond them a value is flagged, in percent of last year's value or in points.
type CatalogueEntry = Omit<NewIndicator, "sortOrder">;

export const INDICATOR_CATALOGUE: CatalogueEntry[] = [
  // Population flow
  { key: "pop_resident", nameZh: "常住人口", nameEn: "Resident population", unitZh: "万人", unitEn: "10k people", direction: "context", dimension: "context", group: "population", decimals: 1, softMin: 5, softMax: 2500, hardMin: 0.1, hardMax: 5000, yoyKind: "percent", yoyMaxDown: 5, yoyMaxUp: 5, growthForm: "compound" },
  { key: "natural_increase_rate", nameZh: "人口自然增长率", nameEn: "Natural increase rate", unitZh: "‰", unitEn: "‰", direction: "context", dimension: "context", group: "population", decimals: 2, softMin: -8, softMax: 8, hardMin: -30, hardMax: 30, yoyKind: "points", yoyMaxDown: 3, yoyMaxUp: 3, growthForm: "linear" },
  { key: "net_migration_rate", nameZh: "人口净迁移率", nameEn: "Net migration rate", unitZh: "%", unitEn: "%", direction: "higher", dimension: "context", group: "population", decimals: 2, softMin: -2, softMax: 2, hardMin: -5, hardMax: 5, yoyKind: "points", yoyMaxDown: 1.5, yoyMaxUp: 1.5, growthForm: "linear", derivation: "(pop_resident(y) − pop_resident(y−1)) ÷ pop_resident(y−1) × 100 − natural_increase_rate(y) ÷ 10" },
  { key: "aged65_share", nameZh: "65岁及以上人口占比", nameEn: "Population aged 65+", unitZh: "%", unitEn: "%", direction: "context", dimension: "context", group: "population", decimals: 1, softMin: 10, softMax: 25, hardMin: 0, hardMax: 60, yoyKind: "points", yoyMaxDown: 1.5, yoyMaxUp: 1.5, growthForm: "compound" },

  // Industry mix
  { key: "sei_share", nameZh: "战略性新兴产业增加值占GDP比重", nameEn: "Strategic emerging industries, share of GDP", unitZh: "%", unitEn: "%", direction: "higher", dimension: "entity", group: "industry", decimals: 1, softMin: 5, softMax: 25, hardMin: 0, hardMax: 60, yoyKind: "points", yoyMaxDown: 3, yoyMaxUp: 4, growthForm: "compound" },
  { key: "hitech_mfg_share", nameZh: "高技术制造业增加值占规上工业比重", nameEn: "High-tech manufacturing, share of above-scale industry", unitZh: "%", unitEn: "%", direction: "higher", dimension: "entity", group: "industry", decimals: 1, softMin: 3, softMax: 30, hardMin: 0, hardMax: 80, yoyKind: "points", yoyMaxDown: 4, yoyMaxUp: 5, growthForm: "compound" },
  { key: "primary_share", nameZh: "第一产业增加值占比", nameEn: "Primary sector, % of GDP", unitZh: "%", unitEn: "%", direction: "context", dimension: "context", group: "industry", decimals: 1, softMin: 0, softMax: 30, hardMin: 0, hardMax: 100, yoyKind: "points", yoyMaxDown: 3, yoyMaxUp: 3, growthForm: "compound" },
  { key: "secondary_share", nameZh: "第二产业增加值占比", nameEn: "Secondary sector, % of GDP", unitZh: "%", unitEn: "%", direction: "context", dimension: "context", group: "industry", decimals: 1, softMin: 20, softMax: 75, hardMin: 0, hardMax: 100, yoyKind: "points", yoyMaxDown: 5, yoyMaxUp: 5, growthForm: "compound" },
  { key: "tertiary_share", nameZh: "第三产业增加值占比", nameEn: "Tertiary sector, % of GDP", unitZh: "%", unitEn: "%", direction: "context", dimension: "context", group: "industry", decimals: 1, softMin: 20, softMax: 75, hardMin: 0, hardMax: 100, yoyKind: "points", yoyMaxDown: 5, yoyMaxUp: 5, growthForm: "compound" },
  { key: "mfg_share", nameZh: "制造业增加值占GDP比重", nameEn: "Manufacturing, % of GDP", unitZh: "%", unitEn: "%", direction: "context", dimension: "context", group: "industry", decimals: 1, softMin: 15, softMax: 40, hardMin: 0, hardMax: 90, yoyKind: "points", yoyMaxDown: 4, yoyMaxUp: 4, growthForm: "compound" },
  { key: "mining_share", nameZh: "采矿业增加值占规上工业比重", nameEn: "Mining, share of above-scale industry", unitZh: "%", unitEn: "%", direction: "lower", dimension: "structure", group: "industry", decimals: 1, softMin: 0, softMax: 60, hardMin: 0, hardMax: 100, yoyKind: "points", yoyMaxDown: 6, yoyMaxUp: 4, growthForm: "compound" },

  // R&D and innovative firms
  { key: "hte_count", nameZh: "高新技术企业数", nameEn: "High-tech enterprises", unitZh: "家", unitEn: "firms", direction: "higher", dimension: "entity", group: "rd", decimals: 0, softMin: 100, softMax: 3000, hardMin: 0, hardMax: 20000, yoyKind: "percent", yoyMaxDown: 30, yoyMaxUp: 60, growthForm: "compound" },
  { key: "srdi_firms", nameZh: "专精特新中小企业数", nameEn: "\"Specialised & sophisticated\" SMEs", unitZh: "家", unitEn: "firms", direction: "higher", dimension: "entity", group: "rd", decimals: 0, softMin: 20, softMax: 500, hardMin: 0, hardMax: 5000, yoyKind: "percent", yoyMaxDown: 30, yoyMaxUp: 80, growthForm: "compound" },
  { key: "rd_intensity", nameZh: "R&D经费投入强度", nameEn: "R&D expenditure, % of GDP", unitZh: "%", unitEn: "% of GDP", direction: "higher", dimension: "factor", group: "rd", decimals: 2, softMin: 0.5, softMax: 3.5, hardMin: 0.05, hardMax: 7, yoyKind: "points", yoyMaxDown: 0.5, yoyMaxUp: 0.6, growthForm: "compound" },
  { key: "rd_staff_10k", nameZh: "每万名就业人员中研发人员", nameEn: "R&D personnel per 10k employed", unitZh: "人年", unitEn: "person-years", direction: "higher", dimension: "factor", group: "rd", decimals: 1, softMin: 10, softMax: 100, hardMin: 0, hardMax: 500, yoyKind: "percent", yoyMaxDown: 25, yoyMaxUp: 40, growthForm: "compound" },
  { key: "hv_patent_10k", nameZh: "每万人口高价值发明专利拥有量", nameEn: "High-value invention patents per 10k people", unitZh: "件/万人", unitEn: "per 10k people", direction: "higher", dimension: "factor", group: "rd", decimals: 2, softMin: 1, softMax: 25, hardMin: 0, hardMax: 100, yoyKind: "percent", yoyMaxDown: 20, yoyMaxUp: 50, growthForm: "compound" },
  { key: "tech_contract_share", nameZh: "技术合同成交额占GDP比重", nameEn: "Technology contract turnover, % of GDP", unitZh: "%", unitEn: "% of GDP", direction: "higher", dimension: "factor", group: "rd", decimals: 2, softMin: 0.2, softMax: 5, hardMin: 0, hardMax: 30, yoyKind: "points", yoyMaxDown: 1, yoyMaxUp: 1.5, growthForm: "compound" },

  // Digital infrastructure and digital economy
  { key: "digital_core_share", nameZh: "数字经济核心产业增加值占GDP比重", nameEn: "Digital-economy core industries, % of GDP", unitZh: "%", unitEn: "% of GDP", direction: "higher", dimension: "factor", group: "digital", decimals: 1, softMin: 2, softMax: 15, hardMin: 0, hardMax: 50, yoyKind: "points", yoyMaxDown: 2, yoyMaxUp: 3, growthForm: "compound" },
  { key: "g5_per_10k", nameZh: "每万人拥有5G基站数", nameEn: "5G base stations per 10k people", unitZh: "个/万人", unitEn: "per 10k people", direction: "higher", dimension: "structure", group: "digital", decimals: 1, softMin: 1, softMax: 60, hardMin: 0, hardMax: 120, yoyKind: "percent", yoyMaxDown: 10, yoyMaxUp: 400, growthForm: "compound" },
  { key: "gigabit_share", nameZh: "千兆宽带用户占比", nameEn: "Gigabit broadband users, share of broadband users", unitZh: "%", unitEn: "%", direction: "higher", dimension: "structure", group: "digital", decimals: 1, softMin: 0.5, softMax: 40, hardMin: 0, hardMax: 100, yoyKind: "points", yoyMaxDown: 3, yoyMaxUp: 12, growthForm: "compound" },
  { key: "nc_key_process", nameZh: "关键工序数控化率", nameEn: "Key processes under numerical control", unitZh: "%", unitEn: "%", direction: "higher", dimension: "structure", group: "digital", decimals: 1, softMin: 40, softMax: 75, hardMin: 0, hardMax: 100, yoyKind: "points", yoyMaxDown: 3, yoyMaxUp: 5, growthForm: "compound" },

  // Green transformation
  { key: "energy_intensity", nameZh: "单位GDP能耗", nameEn: "Energy use per 10k yuan GDP", unitZh: "吨标准煤/万元", unitEn: "tce per 10k yuan", direction: "lower", dimension: "structure", group: "green", decimals: 3, softMin: 0.2, softMax: 2.5, hardMin: 0.1, hardMax: 5, yoyKind: "percent", yoyMaxDown: 12, yoyMaxUp: 12, growthForm: "compound" },
  { key: "co2_intensity_index", nameZh: "单位GDP二氧化碳排放指数", nameEn: "CO₂ per unit GDP, index 2020=100", unitZh: "指数(2020=100)", unitEn: "index (2020=100)", direction: "lower", dimension: "structure", group: "green", decimals: 1, softMin: 70, softMax: 110, hardMin: 30, hardMax: 200, yoyKind: "percent", yoyMaxDown: 12, yoyMaxUp: 10, growthForm: "compound" },
  { key: "solidwaste_use", nameZh: "大宗工业固废综合利用率", nameEn: "Bulk industrial solid-waste utilisation", unitZh: "%", unitEn: "%", direction: "higher", dimension: "structure", group: "green", decimals: 1, softMin: 30, softMax: 90, hardMin: 0, hardMax: 100, yoyKind: "points", yoyMaxDown: 6, yoyMaxUp: 8, growthForm: "compound" },
  { key: "park_circular", nameZh: "省级以上园区循环化改造比例", nameEn: "Parks with circular retrofit", unitZh: "%", unitEn: "%", direction: "higher", dimension: "factor", group: "green", decimals: 0, softMin: 0, softMax: 100, hardMin: 0, hardMax: 100, yoyKind: "points", yoyMaxDown: 10, yoyMaxUp: 50, growthForm: "linear" },

  // Urban functions
  { key: "urban_rate", nameZh: "常住人口城镇化率", nameEn: "Urbanisation of resident population", unitZh: "%", unitEn: "%", direction: "higher", dimension: "factor", group: "urban", decimals: 1, softMin: 40, softMax: 90, hardMin: 20, hardMax: 100, yoyKind: "points", yoyMaxDown: 1, yoyMaxUp: 3, growthForm: "compound" },
  { key: "land_tax_per_mu", nameZh: "工业用地亩均税收", nameEn: "Tax per mu of industrial land", unitZh: "万元/亩", unitEn: "10k yuan per mu", direction: "higher", dimension: "factor", group: "urban", decimals: 1, softMin: 5, softMax: 60, hardMin: 0, hardMax: 300, yoyKind: "percent", yoyMaxDown: 25, yoyMaxUp: 35, growthForm: "compound" },

  // Economy
  { key: "gdp_per_capita", nameZh: "人均地区生产总值", nameEn: "GDP per capita", unitZh: "元", unitEn: "yuan", direction: "higher", dimension: "context", group: "economy", decimals: 0, softMin: 25000, softMax: 180000, hardMin: 12000, hardMax: 350000, yoyKind: "percent", yoyMaxDown: 25, yoyMaxUp: 25, growthForm: "compound" },
];

export function catalogueRows(): NewIndicator[] {
  return INDICATOR_CATALOGUE.map((entry, i) => ({ ...entry, sortOrder: (i + 1) * 10 }));
}
