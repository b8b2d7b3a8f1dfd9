import type { RankingsPayload } from "@/lib/services/rankings";

// The rankings table as files: the same rows and the same rounded numbers as the page.

const COLUMNS = [
  ["rank", "排名 Rank"],
  ["code", "代码 Code"],
  ["name_zh", "名称"],
  ["name_en", "Name"],
  ["composite", "综合指数 Composite"],
  ["entity", "主体 Entity"],
  ["factor", "要素 Factor"],
  ["structure", "结构 Structure"],
  ["change", "较上年 Change"],
  ["percentile", "百分位 Percentile"],
  ["performance", "表现 Performance"],
  ["rank_best", "最好排名 Best rank"],
  ["rank_worst", "最差排名 Worst rank"],
  ["coverage", "指标覆盖 Coverage"],
] as const;

export type RankingsCell = string | number | null;

export function rankingsTable(payload: RankingsPayload): { headers: string[]; rows: RankingsCell[][] } {
  const rows = payload.data.map((r) => {
    const cells: Record<(typeof COLUMNS)[number][0], RankingsCell> = {
      rank: r.rank,
      code: r.code,
      name_zh: r.names.zh,
      name_en: r.names.en,
      composite: r.composite,
      entity: r.dimensions.entity,
      factor: r.dimensions.factor,
      structure: r.dimensions.structure,
      change: r.change,
      percentile: r.percentile,
      performance: r.performance,
      rank_best: r.rankRange?.best ?? null,
      rank_worst: r.rankRange?.worst ?? null,
      coverage: `${r.coverage.indicators}/${r.coverage.indicatorsTotal}`,
    };
    return COLUMNS.map(([key]) => cells[key]);
  });
  return { headers: COLUMNS.map(([, label]) => label), rows };
}

export function rankingsFileName(payload: RankingsPayload, ext: "csv" | "xlsx"): string {
  const group = payload.group.spec.replace(/[^a-z0-9-]+/gi, "_").slice(0, 60);
  return `rankings-${payload.year}-${group}.${ext}`;
}
