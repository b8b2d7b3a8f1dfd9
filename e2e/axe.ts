import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// axe-core on a page: no violation of impact "serious" or "critical" (WCAG 2.1 A/AA and best practice).
export async function expectNoSeriousViolations(page: Page) {
  // Only violations are reported in full: passes and "incomplete" nodes are what make large pages slow to analyse.
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
  const describe = (list: typeof violations) =>
    list
      .map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")} — ${n.failureSummary?.replace(/\n/g, " ")}`).join("\n")}`)
      .join("\n");
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const lesser = violations.filter((v) => !serious.includes(v));
  // Moderate and minor findings do not fail the test but are kept in the report.
  if (lesser.length > 0) test.info().annotations.push({ type: "axe (moderate/minor)", description: `${page.url()}\n${describe(lesser)}` });
  expect(serious, `axe violations on ${page.url()}:\n${describe(serious)}`).toEqual([]);
}
