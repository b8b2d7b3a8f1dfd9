import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { qualitativeAssessments, QUALITATIVE_ASPECTS, users } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { AssessmentInput, QualitativeAspect } from "@/lib/validations/assessments";
import { findScopedArea } from "./areas";
import { audit } from "./audit-write";

/** The evaluator's qualitative scores of one area-year, one row per aspect entered. */
export function listAssessments(areaId: number, year: number) {
  return getDb()
    .select({
      aspect: qualitativeAssessments.aspect,
      score: qualitativeAssessments.score,
      comment: qualitativeAssessments.comment,
      updatedAt: qualitativeAssessments.updatedAt,
      updatedByName: users.name,
    })
    .from(qualitativeAssessments)
    .innerJoin(users, eq(users.id, qualitativeAssessments.updatedBy))
    .where(and(eq(qualitativeAssessments.areaId, areaId), eq(qualitativeAssessments.year, year)))
    .all();
}

export type AssessmentRow = ReturnType<typeof listAssessments>[number];

export type SaveAssessmentsParams = { actor: Actor } & AssessmentInput;

type Stored = { score: number; comment: string | null };

/**
 * Writes the four aspects of one area-year as given: a score (with an optional comment) is stored,
 * an aspect left blank is removed. Only aspects that change are written, each with its audit record
 * (old → new) in the same transaction. Returns how many aspects changed.
 */
export function saveAssessments(params: SaveAssessmentsParams): { changed: number } {
  if (!can(params.actor, "assessments.write")) throw new AppError("forbidden", "forbidden");
  return getDb().transaction((tx) => {
    const area = findScopedArea(tx, params.actor, params.areaCode, "assessments.write");
    const current = new Map<QualitativeAspect, Stored>(
      tx
        .select({ aspect: qualitativeAssessments.aspect, score: qualitativeAssessments.score, comment: qualitativeAssessments.comment })
        .from(qualitativeAssessments)
        .where(and(eq(qualitativeAssessments.areaId, area.id), eq(qualitativeAssessments.year, params.year)))
        .all()
        .map((r) => [r.aspect, { score: r.score, comment: r.comment }]),
    );
    let changed = 0;
    for (const aspect of QUALITATIVE_ASPECTS) {
      const before = current.get(aspect) ?? null;
      const input = params.aspects[aspect];
      const next: Stored | null = input.score === null ? null : { score: input.score, comment: input.comment || null };
      if (before === null && next === null) continue;
      if (before && next && before.score === next.score && before.comment === next.comment) continue;
      const key = and(eq(qualitativeAssessments.areaId, area.id), eq(qualitativeAssessments.year, params.year), eq(qualitativeAssessments.aspect, aspect));
      if (next === null) {
        tx.delete(qualitativeAssessments).where(key).run();
      } else {
        const row = { ...next, updatedBy: params.actor.id, updatedAt: new Date() };
        tx.insert(qualitativeAssessments)
          .values({ areaId: area.id, year: params.year, aspect, ...row })
          .onConflictDoUpdate({ target: [qualitativeAssessments.areaId, qualitativeAssessments.year, qualitativeAssessments.aspect], set: row })
          .run();
      }
      audit(tx, {
        actorId: params.actor.id,
        action: before === null ? "create" : next === null ? "delete" : "update",
        entity: "assessment",
        entityKey: `${params.areaCode}/${params.year}/${aspect}`,
        areaId: area.id,
        year: params.year,
        old: before,
        new: next,
      });
      changed++;
    }
    return { changed };
  });
}
