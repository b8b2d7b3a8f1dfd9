import { describe, expect, it } from "vitest";
import { consecutivePoorFlags, type GradeReason, type PoorRunFlag } from "@/lib/domain/summary/grades";
import { countedText, gradeReasonText, gradeRuleLines, poorFlagText } from "./grade-texts";
import { messagesTranslator } from "./translator";

const zh = messagesTranslator("zh");
const en = messagesTranslator("en");

describe("gradeRuleLines", () => {
  it("spells out the thresholds in force, in both languages", () => {
    expect(gradeRuleLines(zh)).toEqual([
      "优秀：综合得分 ≥ 60分，且已实现或进展顺利的目标占可评估目标的比例 ≥ 60%（须有至少3项可评估目标）。",
      "良好：综合得分 ≥ 50分，且该比例 ≥ 40%（可评估目标少于3项时只看综合得分）。",
      "较差：综合得分 < 40分，或该比例 < 20%（仅在有至少3项可评估目标时适用）。",
      "一般：其余情况。",
      "综合得分按页面显示的一位小数比较；可评估目标不含“数据不足”的指标；无综合得分时不建议等级。建议等级须经评估人员确认或改定。",
    ]);
    expect(gradeRuleLines(en)).toEqual([
      "Excellent: composite score ≥ 60 and ≥ 60% of the assessable targets achieved or on track (at least 3 assessable targets needed).",
      "Good: composite score ≥ 50 and that share ≥ 40% (with fewer than 3 assessable targets, the composite alone decides).",
      "Poor: composite score < 40, or that share < 20% (the share counts only with at least 3 assessable targets).",
      "Fair: every other case.",
      "The composite is compared as shown, to one decimal; assessable targets exclude those with insufficient data; without a composite no grade is proposed. An evaluator confirms or overrides every proposed grade.",
    ]);
  });
});

describe("gradeReasonText", () => {
  it("writes every reason in both languages with its numbers", () => {
    const reasons: [GradeReason, string, string][] = [
      [{ code: "composite_missing", params: {} }, "无综合得分，不建议等级。", "No composite score, so no grade is proposed."],
      [
        { code: "composite_at_least", params: { grade: "good", value: 52.3, threshold: 50 } },
        "综合得分52.3分，不低于“良好”线50分。",
        "Composite 52.3 is at or above the good line of 50.",
      ],
      [
        { code: "composite_below", params: { grade: "poor", value: 38, threshold: 40 } },
        "综合得分38.0分，低于“较差”线40分。",
        "Composite 38.0 is below the poor line of 40.",
      ],
      [
        { code: "share_at_least", params: { grade: "excellent", value: 2 / 3, threshold: 0.6 } },
        "已实现或进展顺利的目标占67%，不低于“优秀”线60%。",
        "67% of assessable targets achieved or on track, at or above the excellent line of 60%.",
      ],
      [
        { code: "share_below", params: { grade: "good", value: 0.375, threshold: 0.4 } },
        "已实现或进展顺利的目标占38%，低于“良好”线40%。",
        "38% of assessable targets achieved or on track, below the good line of 40%.",
      ],
      [
        { code: "few_targets", params: { targets: 1, minTargets: 3 } },
        "可评估目标1项，少于3项：不看目标进展比例，不评“优秀”。",
        "1 assessable target, fewer than 3: the progress share is not used and excellent is not available.",
      ],
      [
        { code: "few_targets", params: { targets: 2, minTargets: 3 } },
        "可评估目标2项，少于3项：不看目标进展比例，不评“优秀”。",
        "2 assessable targets, fewer than 3: the progress share is not used and excellent is not available.",
      ],
    ];
    for (const [reason, zhText, enText] of reasons) {
      expect(gradeReasonText(reason, zh)).toBe(zhText);
      expect(gradeReasonText(reason, en)).toBe(enText);
    }
  });
});

describe("poorFlagText", () => {
  const flag = (byYear: Record<number, "poor" | "good">, asOf: number): PoorRunFlag =>
    consecutivePoorFlags(Object.entries(byYear).map(([year, grade]) => ({ areaCode: "a", year: Number(year), grade, basis: "decided" as const })), asOf)[0]!;

  it("warns of the third year after two poor years ending this year", () => {
    const f = flag({ 2021: "good", 2022: "poor", 2023: "poor" }, 2023);
    expect(poorFlagText(f, zh)).toBe("连续2年（2022–2023年）评为“较差”：2024年如仍为“较差”，将被撤销示范区资格。计入：2022年评估人员确认的等级、2023年评估人员确认的等级。");
    expect(poorFlagText(f, en)).toBe(
      "Graded poor 2 years in a row (2022–2023): another poor grade in 2024 would cost the designation. Counted: 2022, the grade an evaluator confirmed; 2023, the grade an evaluator confirmed.",
    );
  });

  it("says three in a row lose the designation", () => {
    const f = flag({ 2021: "poor", 2022: "poor", 2023: "poor" }, 2023);
    expect(poorFlagText(f, zh)).toBe("连续3年（2021–2023年）评为“较差”：按规定应撤销示范区资格。计入：2021年评估人员确认的等级、2022年评估人员确认的等级、2023年评估人员确认的等级。");
    expect(poorFlagText(f, en)).toBe(
      "Graded poor 3 years in a row (2021–2023): under the rules the area loses its designation. Counted: 2021, the grade an evaluator confirmed; 2022, the grade an evaluator confirmed; 2023, the grade an evaluator confirmed.",
    );
  });

  it("tells a past run as past", () => {
    const f = flag({ 2020: "poor", 2021: "poor", 2022: "good" }, 2022);
    expect(poorFlagText(f, en)).toBe("Was graded poor 2 years in a row (2020–2021). Counted: 2020, the grade an evaluator confirmed; 2021, the grade an evaluator confirmed.");
    expect(poorFlagText(f, zh)).toBe("曾连续2年（2020–2021年）评为“较差”。计入：2020年评估人员确认的等级、2021年评估人员确认的等级。");
  });

  it("names an official result where the year counted one", () => {
    const f: PoorRunFlag = { areaCode: "a", years: [2022, 2023], bases: ["official", "decided"], length: 2, current: true, level: "two_in_a_row", thirdYearWarning: true, losesDesignation: false };
    expect(countedText(f, zh)).toBe("计入：2022年官方评估结果、2023年评估人员确认的等级。");
    expect(countedText(f, en)).toBe(" Counted: 2022, the official result; 2023, the grade an evaluator confirmed.");
  });

  it("the consecutive-poor rule", () => {
    expect(zh("grades.consecutivePoorRule")).toBe(
      "连续两年评为“较差”的示范区予以标记；连续三年“较差”将被撤销示范区资格。每年以已公布的官方评估结果为准（多城市示范区须整体或全部城市评为“较差”才计为“较差”）；没有官方结果的年份，以评估人员确认或改定的等级为准，未经确认的建议等级不计；两者皆无的年份中断连续。",
    );
    expect(en("grades.consecutivePoorRule")).toBe(
      "Areas graded poor two years running are flagged; three poor years in a row lose the designation. Each year counts the official result where one was published (a multi-city area counts as poor when the area, or every one of its cities, is rated poor); otherwise the grade an evaluator confirmed or set. A proposal not yet confirmed never counts, and a year with neither breaks the run.",
    );
  });
});
