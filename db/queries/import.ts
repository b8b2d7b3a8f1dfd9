import "server-only";
import { and, asc, between, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, areaYears, indicators, indicatorValues } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { cellText, checkImport, parseYearCell, type AreaAccess, type ImportCheck, type StoredValue } from "@/lib/import/check";
import type { ImportColumn } from "@/lib/import/columns";
import type { TargetSheet } from "@/lib/import/targets";
import type { RawImportRow } from "@/lib/import/table";
import type { ImportMode } from "@/lib/import/types";
import { areaCodeSchema } from "@/lib/validations/values";
import type { Tx } from "./audit-write";
import { findScopedArea } from "./areas";
import { checkTargetSheet, writeTargets, type TargetSheetCheck } from "./import-targets";
import { applyYearEntry } from "./values";

export type RunImportParams = {
  actor: Actor;
  rows: RawImportRow[];
  letters: Partial<Record<ImportColumn, string>>;
  mode: ImportMode;
  years: { min: number; max: number };
  /** When the upload names one area: rows of any other are refused. */
  onlyArea?: string;
  /** The workbook's targets sheet, when it has one: checked and written in the same transaction. */
  targets?: TargetSheet;
};

export type RunImportOutcome = { check: ImportCheck; targets: TargetSheetCheck | null; committed: boolean; changed: number; targetsChanged: number };

/**
 * Checks an uploaded file's rows against what is stored and what this person may write, and on
 * commit writes them: all in one transaction, so that the checks see exactly what the write changes,
 * and one refused area-year leaves every other untouched. Each area-year goes through
 * applyYearEntry (lock check, audit, derived values, version), its area through findScopedArea. The
 * targets sheet's rows go through the target form's rules and writeTarget (./import-targets.ts): a
 * problem on either sheet, and nothing of either is written.
 *
 * A commit takes SQLite's write lock when it begins (an immediate transaction): it runs in a worker
 * of the pool on a connection of its own (lib/workers/), and a transaction that read first would
 * fail, instead of waiting, if the server wrote between its reads and its first write.
 */
export function runImport(params: RunImportParams): RunImportOutcome {
  const { actor, mode } = params;
  return getDb().transaction((tx) => {
    const rules = tx
      .select({
        key: indicators.key,
        nameZh: indicators.nameZh,
        nameEn: indicators.nameEn,
        unitZh: indicators.unitZh,
        unitEn: indicators.unitEn,
        decimals: indicators.decimals,
        hardMin: indicators.hardMin,
        hardMax: indicators.hardMax,
        softMin: indicators.softMin,
        softMax: indicators.softMax,
        yoyKind: indicators.yoyKind,
        yoyMaxDown: indicators.yoyMaxDown,
        yoyMaxUp: indicators.yoyMaxUp,
        derivation: indicators.derivation,
        direction: indicators.direction,
        growthForm: indicators.growthForm,
      })
      .from(indicators)
      .orderBy(asc(indicators.sortOrder))
      .all();

    const { access, ids } = areaAccessOf(tx, actor, params.rows);
    let from = Infinity;
    let to = -Infinity;
    for (const r of params.rows) {
      const year = parseYearCell(r.year, params.years);
      if (year !== null) {
        from = Math.min(from, year - 1);
        to = Math.max(to, year);
      }
    }
    const idList = [...ids.values()];
    const codeOf = new Map([...ids].map(([code, id]) => [id, code]));

    const stored = new Map<string, Map<string, StoredValue>>();
    const status = new Map<string, (typeof areaYears.$inferSelect)["status"]>();
    if (idList.length > 0 && to >= from) {
      const rows = tx
        .select({ areaId: indicatorValues.areaId, key: indicatorValues.indicatorKey, year: indicatorValues.year, value: indicatorValues.value, note: indicatorValues.note })
        .from(indicatorValues)
        .where(and(inArray(indicatorValues.areaId, idList), between(indicatorValues.year, from, to)))
        .all();
      for (const r of rows) {
        const id = `${codeOf.get(r.areaId)}:${r.year}`;
        if (!stored.has(id)) stored.set(id, new Map());
        stored.get(id)!.set(r.key, { value: r.value, note: r.note });
      }
      const states = tx
        .select({ areaId: areaYears.areaId, year: areaYears.year, status: areaYears.status })
        .from(areaYears)
        .where(and(inArray(areaYears.areaId, idList), between(areaYears.year, from, to)))
        .all();
      for (const s of states) status.set(`${codeOf.get(s.areaId)}:${s.year}`, s.status);
    }

    const check = checkImport(params.rows, params.letters, {
      rules,
      years: params.years,
      areaAccess: access,
      stored: (area, year) => stored.get(`${area}:${year}`),
      status: (area, year) => status.get(`${area}:${year}`),
      onlyArea: params.onlyArea,
    });
    const targets = params.targets ? checkTargetSheet(tx, actor, params.targets, rules, params.onlyArea) : null;
    const targetsChanged = targets?.writes.length ?? 0;
    if (mode !== "commit" || check.problems.length > 0 || (targets?.problems.length ?? 0) > 0) {
      return { check, targets, committed: false, changed: check.counts.changed, targetsChanged };
    }

    let changed = 0;
    for (const group of check.groups) {
      // The scope again, in the write's own query: never trust the check above to have been the last word.
      const area = findScopedArea(tx, actor, group.area, "values.write");
      const saved = applyYearEntry(tx, {
        actor,
        areaId: area.id,
        areaCode: group.area,
        year: group.year,
        expectedVersion: null,
        source: group.source,
        entries: group.entries,
      });
      changed += saved.saved;
    }
    return { check, targets, committed: true, changed, targetsChanged: targets ? writeTargets(tx, actor, targets.writes) : 0 };
  }, { behavior: mode === "commit" ? "immediate" : "deferred" });
}

/**
 * For each area code in the file: may this person write it? Codes that name no area are left out
 * (one query for all of them, so that a file of made-up codes costs nothing); for the others the
 * answer comes from findScopedArea's scoped query.
 */
function areaAccessOf(tx: Tx, actor: Actor, rows: RawImportRow[]) {
  const access = new Map<string, AreaAccess>();
  const ids = new Map<string, number>();
  const existing = new Map(tx.select({ code: areas.code, status: areas.status }).from(areas).all().map((a) => [a.code, a.status]));
  const codes = new Set(rows.map((r) => cellText(r.area).toLowerCase()).filter((code) => existing.has(code) && areaCodeSchema.safeParse(code).success));
  for (const code of codes) {
    try {
      ids.set(code, findScopedArea(tx, actor, code, "values.write").id);
      access.set(code, "writable");
    } catch (error) {
      if (!(error instanceof AppError) || error.code === "not_found") throw error;
      access.set(code, existing.get(code) === "active" ? "not_your_area" : "not_active");
    }
  }
  return { access, ids };
}

/** The area a template is made for, if this person may import into it (the same scoped query as the write). */
export function getImportableArea(actor: Actor, areaCode: string) {
  return getDb().transaction((tx) => {
    const { id } = findScopedArea(tx, actor, areaCode, "values.write");
    return tx.select({ id: areas.id, code: areas.code, nameZh: areas.nameZh, nameEn: areas.nameEn }).from(areas).where(eq(areas.id, id)).get()!;
  });
}
