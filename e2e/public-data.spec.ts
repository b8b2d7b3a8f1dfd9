import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signedInPage } from "./helpers";
import { EntryPage } from "./pages/entry-page";
import { official } from "./pages/login-page";
import { AreaYearReviewPage, SubmissionPanel } from "./pages/review-page";

// Published means approved: a value of a year not yet approved is shown to the official and the
// evaluator, marked provisional, and to nobody else, on the area page and in the API, until the
// evaluator approves the year. Area-year used here and nowhere else: 东源 (dongyuan-relocation-park)
// 2025, approved in the demo data; the evaluator reopens it, the official corrects and submits it.

const AREA = "dongyuan-relocation-park";
const YEAR = 2025;
const ENERGY = { key: "energy_intensity", name: "单位GDP能耗" };
const EVALUATOR = "evaluator@demo.local";
// The demo data: 0.371 in 2024 and 0.375 in 2025, both approved. The official's correction stays
// within the year-on-year range, so no note is asked for.
const APPROVED_2024 = "0.371";
const APPROVED_2025 = "0.375";
const CORRECTED = "0.366";
const AREA_PAGE = `/areas/${AREA}?period=fyp14&group=green`;

/** The energy-intensity card of the area page, as a person reads it. */
function energyCard(page: Page) {
  const card = page.locator(`article[data-indicator="${ENERGY.key}"]`);
  return {
    latest: card.getByTestId(`latest-${ENERGY.key}`),
    latestProvisional: card.getByTestId(`latest-provisional-${ENERGY.key}`),
    provisionalYears: card.getByTestId(`provisional-${ENERGY.key}`),
  };
}

async function publishedEnergy(request: APIRequestContext): Promise<number[]> {
  const res = await request.get(`/api/v1/areas/${AREA}/values?from=${YEAR}&to=${YEAR}`);
  expect(res.status(), await res.text()).toBe(200);
  const body: { data: { indicator: string; value: number }[] } = await res.json();
  return body.data.filter((v) => v.indicator === ENERGY.key).map((v) => v.value);
}

test("a submitted value shows to the evaluator as provisional, to nobody signed out, and to everyone once approved", async ({ browser, page, request, signIn }) => {
  test.setTimeout(120_000);
  // A visitor who never signs in, in a browser of their own.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();

  const evaluator = await signedInPage(browser, EVALUATOR);

  await test.step("before: the public sees the approved 2025 as the latest energy intensity, in the API too", async () => {
    await visitor.goto(AREA_PAGE);
    await expect(energyCard(visitor).latest).toHaveText(APPROVED_2025);
    await expect(energyCard(visitor).provisionalYears).toHaveCount(0);
    expect(await publishedEnergy(request)).toEqual([Number(APPROVED_2025)]);
  });

  await test.step("the evaluator reopens 2025; the public falls back to 2024", async () => {
    const review = new AreaYearReviewPage(evaluator);
    await review.goto(AREA, YEAR);
    await review.expectOpen(YEAR);
    await review.reopen("统计局修订了能耗数据（e2e）");
    await expect(review.status).toHaveText("草稿");
    await visitor.goto(AREA_PAGE);
    await expect(energyCard(visitor).latest).toHaveText(APPROVED_2024);
    await expect(energyCard(visitor).provisionalYears).toHaveCount(0);
    expect(await publishedEnergy(request)).toEqual([]);
  });

  await test.step("the official corrects 2025's energy intensity and submits the year again", async () => {
    await signIn(official(AREA));
    const entry = new EntryPage(page);
    const submission = new SubmissionPanel(page);
    await entry.goto(AREA, YEAR);
    await entry.expectOpen(YEAR);
    await expect(submission.status).toHaveText("草稿");
    await entry.value(ENERGY.name).fill(CORRECTED);
    await entry.save(YEAR);
    await expect(entry.saveResult).toContainText("已保存：修改 1 项");
    await submission.submit("已核实能耗数据的统计口径并更正（e2e）");
    await expect(submission.submitResult).toContainText("已提交审核");
    await expect(submission.status).toHaveText("已提交");
    // The official sees the year's value too, marked provisional.
    await page.goto(AREA_PAGE);
    await expect(energyCard(page).latest).toContainText(CORRECTED);
    await expect(energyCard(page).latestProvisional).toHaveText("暂定");
  });

  await test.step("the evaluator sees the submitted value, marked provisional", async () => {
    await evaluator.goto(AREA_PAGE);
    const card = energyCard(evaluator);
    await expect(card.latest).toContainText(CORRECTED);
    await expect(card.latestProvisional).toHaveText("暂定");
    // 2025 the last of them (e2e/heavy-requests.spec.ts may have imported drafts of 2000–2017 before).
    await expect(card.provisionalYears).toHaveText(/^暂定数据（尚未审核通过）：(\d{4}、)*2025$/);
  });

  await test.step("signed out, the area page and the API do not show it", async () => {
    await visitor.goto(AREA_PAGE);
    const card = energyCard(visitor);
    await expect(card.latest).toHaveText(APPROVED_2024);
    await expect(card.latestProvisional).toHaveCount(0);
    await expect(card.provisionalYears).toHaveCount(0);
    await expect(visitor.getByText(CORRECTED)).toHaveCount(0);
    expect(await publishedEnergy(request)).toEqual([]);
  });

  await test.step("the evaluator approves 2025", async () => {
    const review = new AreaYearReviewPage(evaluator);
    await review.goto(AREA, YEAR);
    await review.expectOpen(YEAR);
    await review.approve(YEAR, "能耗数据已核实（e2e）");
    await expect(review.status).toHaveText("已通过");
    // Approved: no longer provisional to the evaluator either.
    await evaluator.goto(AREA_PAGE);
    await expect(energyCard(evaluator).latest).toHaveText(CORRECTED);
    // 2025 no longer among the provisional years (imported drafts of 2000–2017 may still be there).
    await expect(energyCard(evaluator).provisionalYears.filter({ hasText: "2025" })).toHaveCount(0);
  });

  await test.step("signed out, the approved value shows on the area page and in the API", async () => {
    await visitor.goto(AREA_PAGE);
    const card = energyCard(visitor);
    await expect(card.latest).toHaveText(CORRECTED);
    await expect(card.provisionalYears).toHaveCount(0);
    expect(await publishedEnergy(request)).toEqual([Number(CORRECTED)]);
  });

  await visitorContext.close();
  await evaluator.context().close();
});
