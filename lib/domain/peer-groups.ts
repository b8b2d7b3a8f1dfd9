// Peer groups for the composite comparison (docs/methodology.md, peer groups), written as short
// specs that travel in URLs and the API: "level:city", "wave:2", "region:northeast",
// "resource:coal", "all", "areas:zigong,tongling", "saved:12".
import { AREA_LEVELS, AREA_WAVES, RESOURCE_TYPES } from "@/lib/domain/enums";
import { isRegion, regionOf, type Region } from "@/lib/domain/regions";

export type AreaLevel = (typeof AREA_LEVELS)[number];
export type AreaWave = (typeof AREA_WAVES)[number];
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export type GroupSpec =
  | { kind: "all" }
  | { kind: "level"; value: AreaLevel }
  | { kind: "wave"; value: AreaWave }
  | { kind: "region"; value: Region }
  | { kind: "resource"; value: ResourceType }
  | { kind: "areas"; codes: string[] }
  | { kind: "saved"; id: number };

/** A group that can be applied to a list of areas directly (a saved group is resolved elsewhere first). */
export type ResolvedGroupSpec = Exclude<GroupSpec, { kind: "saved" }>;

export type PeerArea = { code: string; level: string; wave: string; province: string; resourceType: string };

export const MAX_CUSTOM_GROUP_SIZE = 100;
export const AREA_CODE_PATTERN = /^[a-z0-9-]{2,64}$/;
// The raw string is bounded before it is split, so a hostile URL cannot make the parser do much work:
// 100 codes of 64 characters, 99 commas and the "areas:" prefix.
const MAX_SPEC_LENGTH = "areas:".length + MAX_CUSTOM_GROUP_SIZE * 65;

function oneOf<T extends string>(values: readonly T[], value: string): T | null {
  return (values as readonly string[]).includes(value) ? (value as T) : null;
}

/**
 * Reads a group spec; null when it is not a valid one. Strict on purpose (lower case, no spaces inside,
 * canonical integers), so that every valid spec has exactly one spelling and caches and links agree.
 * A custom set keeps its codes in the order given, without repeats.
 */
export function parseGroupSpec(raw: string): GroupSpec | null {
  const text = raw.trim();
  if (text.length === 0 || text.length > MAX_SPEC_LENGTH) return null;
  if (text === "all") return { kind: "all" };

  const colon = text.indexOf(":");
  if (colon < 0) return null;
  const kind = text.slice(0, colon);
  const rest = text.slice(colon + 1);

  switch (kind) {
    case "level": {
      const value = oneOf(AREA_LEVELS, rest);
      return value ? { kind, value } : null;
    }
    case "wave": {
      const value = oneOf(AREA_WAVES, rest);
      return value ? { kind, value } : null;
    }
    case "region":
      return isRegion(rest) ? { kind, value: rest } : null;
    case "resource": {
      const value = oneOf(RESOURCE_TYPES, rest);
      return value ? { kind, value } : null;
    }
    case "areas": {
      const parts = rest.split(",");
      if (parts.length > MAX_CUSTOM_GROUP_SIZE) return null;
      if (!parts.every((code) => AREA_CODE_PATTERN.test(code))) return null;
      return { kind, codes: [...new Set(parts)] };
    }
    case "saved": {
      if (!/^[1-9][0-9]{0,15}$/.test(rest)) return null;
      const id = Number(rest);
      return Number.isSafeInteger(id) ? { kind, id } : null;
    }
    default:
      return null;
  }
}

export function formatGroupSpec(spec: GroupSpec): string {
  switch (spec.kind) {
    case "all":
      return "all";
    case "areas":
      return `areas:${spec.codes.join(",")}`;
    case "saved":
      return `saved:${spec.id}`;
    default:
      return `${spec.kind}:${spec.value}`;
  }
}

/**
 * The areas a group spec selects, in the order of `areas`. A custom set keeps only the codes that
 * are among `areas` (unknown or retired codes drop out silently; the caller can compare lengths).
 */
export function selectPeers<T extends PeerArea>(spec: ResolvedGroupSpec, areas: readonly T[]): T[] {
  switch (spec.kind) {
    case "all":
      return [...areas];
    case "level":
      return areas.filter((a) => a.level === spec.value);
    case "wave":
      return areas.filter((a) => a.wave === spec.value);
    case "region":
      return areas.filter((a) => regionOf(a.province) === spec.value);
    case "resource":
      return areas.filter((a) => a.resourceType === spec.value);
    case "areas": {
      const wanted = new Set(spec.codes);
      return areas.filter((a) => wanted.has(a.code));
    }
  }
}

/** The default comparison for an area: the other areas of its level (city areas vs county parks). */
export function defaultCompareGroup(area: PeerArea): GroupSpec {
  const level = oneOf(AREA_LEVELS, area.level);
  return level ? { kind: "level", value: level } : { kind: "all" };
}

/**
 * The areas that belong to the programme in `year`: designated that year or before (an area without a
 * designation year always belongs). `keep` names an area kept all the same: the one a comparison is about.
 */
export function designatedBy<A extends { code: string; yearDesignated: number | null }>(areas: readonly A[], year: number, keep?: string): A[] {
  return areas.filter((a) => a.yearDesignated === null || a.yearDesignated <= year || a.code === keep);
}
