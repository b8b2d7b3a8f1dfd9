// China's seven geographic regions (七大地理分区), used to form regional peer groups.
// Only the 31 mainland provinces are mapped: the demonstration areas are all on the mainland.

export const REGIONS = ["northeast", "north", "east", "central", "south", "southwest", "northwest"] as const;
export type Region = (typeof REGIONS)[number];

/** Province (English name, as stored on each area) → region. */
export const PROVINCE_REGION: Record<string, Region> = {
  // 东北
  Liaoning: "northeast",
  Jilin: "northeast",
  Heilongjiang: "northeast",
  // 华北
  Beijing: "north",
  Tianjin: "north",
  Hebei: "north",
  Shanxi: "north",
  "Inner Mongolia": "north",
  // 华东
  Shanghai: "east",
  Jiangsu: "east",
  Zhejiang: "east",
  Anhui: "east",
  Fujian: "east",
  Jiangxi: "east",
  Shandong: "east",
  // 华中
  Henan: "central",
  Hubei: "central",
  Hunan: "central",
  // 华南
  Guangdong: "south",
  Guangxi: "south",
  Hainan: "south",
  // 西南
  Chongqing: "southwest",
  Sichuan: "southwest",
  Guizhou: "southwest",
  Yunnan: "southwest",
  Tibet: "southwest",
  // 西北
  Shaanxi: "northwest",
  Gansu: "northwest",
  Qinghai: "northwest",
  Ningxia: "northwest",
  Xinjiang: "northwest",
};

/** The 31 mainland provincial-level divisions, by the English name an area stores. */
export const PROVINCES = Object.keys(PROVINCE_REGION) as [string, ...string[]];

// Province names are editable data, so tolerate case and spacing slips ("inner  mongolia").
// Shanxi and Shaanxi differ by one letter; they are distinct keys here, never fuzzily matched.
const BY_NORMALISED_NAME = new Map(
  Object.entries(PROVINCE_REGION).map(([province, region]) => [normalise(province), region]),
);

function normalise(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

export function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).includes(value);
}

/** The region of a province, or null for a name that is not one of the 31 mainland provinces. */
export function regionOf(province: string): Region | null {
  return BY_NORMALISED_NAME.get(normalise(province)) ?? null;
}
