import "server-only";
import { and, eq, max } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, documentNumbers, documentSettings } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/permissions";
import { DEFAULT_ISSUER, DEFAULT_NUMBER_PATTERN, formatDocumentNumber } from "@/lib/domain/document-number";
import { AppError } from "@/lib/errors";
import type { DocumentSettingsInput } from "@/lib/validations/documents";
import { audit } from "./audit-write";

// The form of the summary documents: the administrator's settings (issuer, number pattern) and the
// numbers given to area-years' documents (docs/methodology.md §6.12).

/** `updatedAt`: when an administrator last changed them (null while the defaults apply); kept files are made anew after it. */
export type DocumentSettings = { issuerZh: string; issuerEn: string; numberPattern: string; updatedAt: Date | null };

export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = { issuerZh: DEFAULT_ISSUER.zh, issuerEn: DEFAULT_ISSUER.en, numberPattern: DEFAULT_NUMBER_PATTERN, updatedAt: null };

export function getDocumentSettings(): DocumentSettings {
  const row = getDb()
    .select({ issuerZh: documentSettings.issuerZh, issuerEn: documentSettings.issuerEn, numberPattern: documentSettings.numberPattern, updatedAt: documentSettings.updatedAt })
    .from(documentSettings)
    .where(eq(documentSettings.id, 1))
    .get();
  return row ?? DEFAULT_DOCUMENT_SETTINGS;
}

/** An administrator's change of the issuer and the number pattern, audited in the same transaction. */
export function saveDocumentSettings(actor: Actor, input: DocumentSettingsInput): void {
  if (!can(actor, "documents.configure")) throw new AppError("forbidden", "forbidden");
  getDb().transaction((tx) => {
    const before = tx
      .select({ issuerZh: documentSettings.issuerZh, issuerEn: documentSettings.issuerEn, numberPattern: documentSettings.numberPattern })
      .from(documentSettings)
      .where(eq(documentSettings.id, 1))
      .get();
    const row = { ...input, updatedBy: actor.id, updatedAt: new Date() };
    tx.insert(documentSettings)
      .values({ id: 1, ...row })
      .onConflictDoUpdate({ target: documentSettings.id, set: row })
      .run();
    audit(tx, { actorId: actor.id, action: before ? "update" : "create", entity: "document_settings", entityKey: "document_settings", old: before ?? null, new: input });
  });
}

export type IssuedNumber = { number: string; issuedAt: Date };

/** The number an area-year's document was given, if it has one. */
export function findDocumentNumber(areaCode: string, year: number): IssuedNumber | null {
  return (
    getDb()
      .select({ number: documentNumbers.number, issuedAt: documentNumbers.issuedAt })
      .from(documentNumbers)
      .innerJoin(areas, eq(areas.id, documentNumbers.areaId))
      .where(and(eq(areas.code, areaCode), eq(documentNumbers.year, year)))
      .get() ?? null
  );
}

/**
 * The area-year's number: the one it was given, or the next of the year of issue under the pattern in
 * force, given now. One transaction (SQLite writes one at a time), so two documents made at once can
 * neither share a number nor both take one for the same area-year.
 */
export function issueDocumentNumber(areaCode: string, year: number, now: Date = new Date()): IssuedNumber {
  return getDb().transaction((tx) => {
    const area = tx.select({ id: areas.id }).from(areas).where(eq(areas.code, areaCode)).get();
    if (!area) throw new AppError("not_found", `Unknown area: ${areaCode}`);
    const areaId = area.id;
    const kept = tx
      .select({ number: documentNumbers.number, issuedAt: documentNumbers.issuedAt })
      .from(documentNumbers)
      .where(and(eq(documentNumbers.areaId, areaId), eq(documentNumbers.year, year)))
      .get();
    if (kept) return kept;
    // The year of issue as in China, where the documents are issued.
    const issueYear = Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Shanghai" }).format(now));
    const last = tx.select({ seq: max(documentNumbers.seq) }).from(documentNumbers).where(eq(documentNumbers.issueYear, issueYear)).get();
    const seq = (last?.seq ?? 0) + 1;
    const pattern = tx.select({ pattern: documentSettings.numberPattern }).from(documentSettings).where(eq(documentSettings.id, 1)).get()?.pattern ?? DEFAULT_NUMBER_PATTERN;
    const issued = { number: formatDocumentNumber(pattern, issueYear, seq), issuedAt: new Date(Math.floor(now.getTime() / 1000) * 1000) };
    tx.insert(documentNumbers).values({ areaId, year, issueYear, seq, ...issued }).run();
    return issued;
  });
}
