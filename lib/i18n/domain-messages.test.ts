import { describe, expect, it } from "vitest";
import { SCORED_DIMENSIONS } from "@/lib/domain/composite";
import { SUBMISSION_STATUSES } from "@/lib/domain/enums";
import { BOTTLENECKS } from "@/lib/domain/summary/bottlenecks";
import { GRADES, type GradeReasonCode } from "@/lib/domain/summary/grades";
import { QUALITATIVE_ASPECTS, TARGETED_STATUSES } from "@/lib/domain/summary/narrative";
import en from "./messages/en.json";
import zh from "./messages/zh.json";

// The domain returns codes; each code it can return has its words in both languages.

const has = (catalogue: unknown, key: string) => {
  const value = key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), catalogue);
  return typeof value === "string" && value.trim().length > 0;
};

function expectMessages(keys: string[]) {
  for (const key of keys) {
    expect(has(zh, key), `zh ${key}`).toBe(true);
    expect(has(en, key), `en ${key}`).toBe(true);
  }
}

describe("the words of every domain code", () => {
  it("bottleneck headings and what each mapped indicator shows", () => {
    expectMessages(BOTTLENECKS.flatMap((b) => [`summary.bottlenecks.${b.key}.name`, `summary.bottlenecks.${b.key}.description`, `summary.bottlenecks.${b.key}.inSentence`]));
    expectMessages(BOTTLENECKS.flatMap((b) => b.indicators.map((i) => `summary.bottlenecks.why.${i.indicatorKey}`)));
  });

  it("grades, their reasons and the poor runs", () => {
    expectMessages(GRADES.map((g) => `grades.inSentence.${g}`));
    const reasons: GradeReasonCode[] = ["composite_missing", "composite_at_least", "composite_below", "share_at_least", "share_below", "few_targets"];
    expectMessages(reasons.map((r) => `grades.reasons.${r}`));
    expectMessages(["losesDesignation", "thirdYearWarning", "past"].map((k) => `grades.poorRun.${k}`));
  });

  it("the narrative's terms and status sentences", () => {
    expectMessages(SCORED_DIMENSIONS.map((d) => `summary.narrative.terms.dimensions.${d}`));
    expectMessages(["leader", "strong", "moderate", "emerging"].map((p) => `summary.narrative.terms.performance.${p}`));
    expectMessages(QUALITATIVE_ASPECTS.map((a) => `summary.narrative.terms.aspects.${a}`));
    expectMessages(SUBMISSION_STATUSES.map((s) => `summary.narrative.sentences.approval.${s}`));
    expectMessages(TARGETED_STATUSES.map((s) => `summary.narrative.sentences.progressStatus.${s}`));
  });

  it("the diagnosis rule states the numbers of the rule in both languages", () => {
    expect(zh.summary.diagnosis.rule).toContain("后三分之一");
    expect(zh.summary.diagnosis.rule).toContain("第15–20名");
    expect(en.summary.diagnosis.rule).toContain("bottom third");
    expect(en.summary.diagnosis.rule).toContain("15–20 of 20");
    expect(en.summary.diagnosis.rule).toContain("fewer than 3");
  });
});
