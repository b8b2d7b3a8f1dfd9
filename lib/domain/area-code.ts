import { pinyin } from "pinyin-pro";

// A proposed code and English name for an area registered by its Chinese name: the place in pinyin,
// followed by the kind of zone, as the 40 designated areas are coded ("liuyang-etdz", "daying-edz").
// A proposal only: the official can edit the code, and give an English name of their own.

/** The kinds of zone a Chinese name ends with, longest first, with their code and English name. */
const ZONE_KINDS: readonly { zh: string; code: string; en: string }[] = [
  { zh: "产业转型升级示范区", code: "", en: "Industrial Transformation and Upgrading Demonstration Area" },
  { zh: "高新技术产业开发区", code: "hitech", en: "High-tech Industrial Development Zone" },
  { zh: "经济技术开发区", code: "etdz", en: "Economic and Technological Development Zone" },
  { zh: "经济开发区", code: "edz", en: "Economic Development Zone" },
  { zh: "工业园区", code: "park", en: "Industrial Park" },
  { zh: "产业园区", code: "park", en: "Industrial Park" },
  { zh: "高新区", code: "hitech", en: "High-tech Zone" },
  { zh: "开发区", code: "dz", en: "Development Zone" },
  { zh: "示范区", code: "", en: "Demonstration Area" },
];

const MAX_PLACE = 40;

function split(nameZh: string): { place: string; kind: (typeof ZONE_KINDS)[number] | null } {
  const name = nameZh.trim();
  const kind = ZONE_KINDS.find((k) => name.endsWith(k.zh) && name.length > k.zh.length) ?? null;
  return { place: kind ? name.slice(0, -kind.zh.length) : name, kind };
}

/** The syllables of the Chinese characters in a text, without tones (other characters left out). */
function syllables(text: string): string[] {
  return pinyin(text.replace(/[^\u4e00-\u9fff]/g, ""), { toneType: "none", type: "array", v: true }).filter(Boolean);
}

/**
 * A code for an area from its Chinese name, unique among `taken`: the place's pinyin, then the zone's
 * kind ("浏阳经济技术开发区" → "liuyang-etdz"); "-2", "-3"… when the code is taken. Null when the name
 * holds no Chinese character to spell.
 */
export function proposeAreaCode(nameZh: string, taken: ReadonlySet<string>): string | null {
  const { place, kind } = split(nameZh);
  const spelled = syllables(place).join("").toLowerCase().replace(/[^a-z0-9]/g, "").slice(0, MAX_PLACE);
  if (spelled.length < 2) return null;
  const base = [spelled, kind?.code].filter(Boolean).join("-");
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** An English name from the Chinese one, for an area registered without one: the place in pinyin, then the zone's kind in English. */
export function romanisedAreaName(nameZh: string): string {
  const { place, kind } = split(nameZh);
  const spelled = syllables(place).join("");
  const placeName = spelled.charAt(0).toUpperCase() + spelled.slice(1);
  return [placeName, kind?.en].filter(Boolean).join(" ") || nameZh.trim();
}
