// A tile grid of China's 31 mainland provincial-level divisions: one equal square each, placed
// roughly where the province lies (north at the top, west on the left). No border is drawn, so the
// grid needs no approved map. Keys are the provinces' stored (English) names, as in regions.ts.

export const TILE_COLUMNS = 8;
export const TILE_ROWS = 8;

/** [row, column] of each province's tile, from the top left. */
export const PROVINCE_TILES: Readonly<Record<string, readonly [number, number]>> = {
  Heilongjiang: [0, 7],
  "Inner Mongolia": [1, 4],
  Beijing: [1, 5],
  Jilin: [1, 7],
  Xinjiang: [2, 0],
  Ningxia: [2, 3],
  Shanxi: [2, 4],
  Hebei: [2, 5],
  Tianjin: [2, 6],
  Liaoning: [2, 7],
  Qinghai: [3, 1],
  Gansu: [3, 2],
  Shaanxi: [3, 3],
  Henan: [3, 4],
  Shandong: [3, 5],
  Tibet: [4, 1],
  Sichuan: [4, 2],
  Chongqing: [4, 3],
  Hubei: [4, 4],
  Anhui: [4, 5],
  Jiangsu: [4, 6],
  Yunnan: [5, 2],
  Guizhou: [5, 3],
  Hunan: [5, 4],
  Jiangxi: [5, 5],
  Zhejiang: [5, 6],
  Shanghai: [5, 7],
  Guangxi: [6, 3],
  Guangdong: [6, 4],
  Fujian: [6, 5],
  Hainan: [7, 4],
};

/** How an area's targets stand, as one of four tones for its dot on the grid. */
export type TileTone = "good" | "fair" | "poor" | "none";

/**
 * The tone of an area from the share of its judged (or assessed) targets met or on track: at least
 * 80 % good, at least 50 % fair, below that poor; none without a target to judge.
 */
export function toneOf(share: number | null): TileTone {
  if (share === null) return "none";
  if (share >= 0.8) return "good";
  if (share >= 0.5) return "fair";
  return "poor";
}

/** Areas a tile shows one dot each; beyond, it shows one dot per tone with its count (a page of 3,000 dots weighed 900 KB). */
export const TILE_DOTS = 12;

export type TileDots<A extends { tone: TileTone }> = { kind: "areas"; areas: A[] } | { kind: "tones"; counts: { tone: TileTone; count: number }[] };

/** What a tile draws for its areas: a dot per area up to TILE_DOTS, else a count per tone (tones without areas left out). */
export function tileDots<A extends { tone: TileTone }>(areas: A[]): TileDots<A> {
  if (areas.length <= TILE_DOTS) return { kind: "areas", areas };
  const tones: TileTone[] = ["good", "fair", "poor", "none"];
  return { kind: "tones", counts: tones.map((tone) => ({ tone, count: areas.filter((a) => a.tone === tone).length })).filter((c) => c.count > 0) };
}
