import { REGIONS } from "@/lib/domain/regions";

// The preset peer groups offered in the pickers, in the order shown.
export const PRESET_GROUPS = [
  "all",
  "level:city",
  "level:county",
  "wave:1",
  "wave:2",
  "wave:park",
  ...REGIONS.map((r) => `region:${r}`),
  ...["coal", "forestry", "nonferrous", "petroleum", "ferrous", "other", "none"].map((r) => `resource:${r}`),
];

export type GroupLabeler = (key: string, values?: Record<string, string | number>) => string;

/** "level:city" → "城市级示范区", "areas:a,b,c" → "自选 3 个示范区", saved groups by their name. */
export function groupLabel(spec: string, t: GroupLabeler, savedName?: string | null): string {
  if (savedName) return t("saved", { name: savedName });
  const [kind, value = ""] = spec.split(/:(.*)/s);
  switch (kind) {
    case "all":
      return t("all");
    case "areas":
      return t("custom", { count: value.split(",").filter(Boolean).length });
    case "saved":
      return t("savedId", { id: value });
    default:
      return t(`${kind}.${value}`);
  }
}
