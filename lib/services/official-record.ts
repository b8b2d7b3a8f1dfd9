import "server-only";
import { listAllAreaCities, listAreaCities } from "@/db/queries/areas";
import { listAreaOfficialResults, listOfficialResultsUpTo, type OfficialResultRow } from "@/db/queries/official-results";
import { listAreaGradeDecisions } from "@/db/queries/summary";
import { policyDocument } from "@/db/seed/policy-documents";
import { countedHistory, type MemberCityName, type OfficialResultFact } from "@/lib/domain/summary/official-record";
import type { Grade, GradeHistoryEntry } from "@/lib/domain/summary/grades";
import type { Bilingual } from "@/lib/i18n/translator";
import { keptUntilWrite } from "./cache";

// The programme's own record as the pages and documents show it, and the history the consecutive-poor
// rule runs on (lib/domain/summary/official-record.ts): official results where published, else the
// evaluator's decisions. Shared by the national overview and the annual summary.

export type OfficialResultView = {
  id: number;
  year: number;
  periodStart: number | null;
  /** The city (or park) the source names, in both languages (one filled from the other where only one is known); null = the area as a whole. */
  city: Bilingual | null;
  result: OfficialResultRow["result"];
  field: Bilingual | null;
  source: { title: string; url: string; kind: OfficialResultRow["sourceKind"] };
  /** The policy document that published it, where it is one on /policy. */
  document: { id: string; shortTitle: Bilingual } | null;
  note: Bilingual | null;
  /** Who recorded it in the product; null for the reference data. */
  recordedBy: string | null;
  recordedAt: string;
};

const both = (zh: string | null, en: string | null): Bilingual | null => (zh || en ? { zh: zh || en!, en: en || zh! } : null);

export function officialResultView(row: OfficialResultRow): OfficialResultView {
  const doc = row.policyDocument ? policyDocument(row.policyDocument) : undefined;
  return {
    id: row.id,
    year: row.year,
    periodStart: row.periodStart,
    city: both(row.cityZh, row.cityEn),
    result: row.result,
    field: both(row.fieldZh, row.fieldEn),
    source: { title: row.sourceTitle, url: row.sourceUrl, kind: row.sourceKind },
    document: doc ? { id: doc.id, shortTitle: doc.shortTitle } : null,
    note: both(row.noteZh, row.noteEn),
    recordedBy: row.seeded ? null : row.createdByName,
    recordedAt: row.createdAt.toISOString(),
  };
}

/** One area's whole record, latest year first (the area page). */
export function getAreaOfficialRecord(areaId: number): readonly OfficialResultView[] {
  return keptUntilWrite("official-record", String(areaId), () => Object.freeze(listAreaOfficialResults(areaId).map((row) => Object.freeze(officialResultView(row)))));
}

export const officialFact = (row: OfficialResultRow): OfficialResultFact => ({
  year: row.year,
  periodStart: row.periodStart,
  city: row.cityZh || row.cityEn ? { zh: row.cityZh, en: row.cityEn } : null,
  result: row.result,
});

export type RemovalRecord = {
  /** The areas' results up to the year, by area id, in the order recorded. */
  officialByArea: Map<number, OfficialResultRow[]>;
  /** The counted history of the areas over every year up to the year. */
  history: GradeHistoryEntry[];
};

type Decision = { areaId: number; year: number; finalGrade: Grade };

function countedRecord(
  upToYear: number,
  years: readonly number[],
  areas: readonly { id: number; code: string }[],
  inputs: { official: readonly OfficialResultRow[]; cities: Map<number, MemberCityName[]>; decisions: readonly Decision[] },
): RemovalRecord {
  const officialByArea = new Map<number, OfficialResultRow[]>();
  for (const row of inputs.official) if (row.year <= upToYear) officialByArea.set(row.areaId, [...(officialByArea.get(row.areaId) ?? []), row]);
  const officialYears = [...officialByArea.values()].flat().filter((r) => r.periodStart === null && r.result !== "commendation").map((r) => r.year);
  const allYears = [...new Set([...years.filter((y) => y <= upToYear), ...officialYears])].sort((a, b) => a - b);
  const decided = new Map(inputs.decisions.filter((d) => d.year <= upToYear).map((d) => [`${d.areaId}:${d.year}`, d.finalGrade]));
  const idOf = new Map(areas.map((a) => [a.code, a.id]));
  const history = countedHistory({
    areaCodes: areas.map((a) => a.code),
    years: allYears,
    officialOf: (code) => (officialByArea.get(idOf.get(code)!) ?? []).map(officialFact),
    citiesOf: (code) => inputs.cities.get(idOf.get(code)!) ?? [],
    decidedOf: (code, year) => decided.get(`${idOf.get(code)}:${year}`) ?? null,
  });
  return { officialByArea, history };
}

/**
 * The history the consecutive-poor rule runs on for every active area (the national overview), over
 * `years` and every year up to `upToYear` with an official grade.
 */
export function removalRecord(upToYear: number, years: readonly number[], areas: readonly { id: number; code: string }[], decisions: readonly Decision[]): RemovalRecord {
  return countedRecord(upToYear, years, areas, { official: listOfficialResultsUpTo(upToYear), cities: listAllAreaCities(), decisions });
}

/** The same for one area (its summary), reading that area's rows alone. */
export function areaRemovalRecord(upToYear: number, years: readonly number[], area: { id: number; code: string }): RemovalRecord {
  return countedRecord(upToYear, years, [area], {
    official: listAreaOfficialResults(area.id),
    cities: new Map([[area.id, listAreaCities(area.id)]]),
    decisions: listAreaGradeDecisions(area.id, upToYear),
  });
}
