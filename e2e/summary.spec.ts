import { expectNoSeriousViolations } from "./axe";
import { docxText, pdfText, squeeze, withoutPageFurniture } from "./documents";
import { expect, test } from "./fixtures";
import { SummaryPage } from "./pages/summary-page";

// The annual evaluation summary as an evaluator uses it: Zigong's 2024 summary, the qualitative
// assessment entered on the page, and the Word and PDF downloads holding what the page shows.

const AREA = { code: "zigong", nameZh: "四川自贡产业转型升级示范区" };
const YEAR = 2024;
const ASSESSMENT = [
  { aspect: "园区建设", key: "park_building", score: 4, comment: "园区基础设施较完善（e2e）" },
  { aspect: "产业发展", key: "industrial_development", score: 3, comment: "新兴产业规模仍小" },
  { aspect: "城市更新", key: "urban_renewal", score: 4, comment: "老旧小区改造推进顺利" },
  { aspect: "绿色低碳", key: "green_low_carbon", score: 5, comment: "能耗强度下降明显" },
];

test("the evaluator opens Zigong's 2024 summary, enters qualitative scores, and downloads the Word file and the PDF", async ({ page, signIn }) => {
  test.setTimeout(150_000);
  const summary = new SummaryPage(page);
  await signIn("evaluator@demo.local");

  await test.step("from the area page to the latest summary", async () => {
    await page.goto(`/areas/${AREA.code}`);
    await page.getByTestId("summary-link").click();
    await summary.expectOpen();
    await expect(page).toHaveURL(new RegExp(`/areas/${AREA.code}/summary/${YEAR}$`));
    await expect(summary.title).toHaveText(`${AREA.nameZh} · ${YEAR}年度评估摘要`);
    for (const id of ["completeness", "peers", "progress", "standings", "diagnosis", "assessment", "grade", "narrative", "method", "glossary"]) {
      await expect(summary.section(id)).toBeVisible();
    }
    await expect(page.getByTestId("summary-radar").locator("svg[role=img]")).toBeVisible();
    await expect(page.getByTestId("progress-overview-chart").locator("svg[role=img]")).toBeVisible();
  });

  await test.step("the narrative's composite sentence quotes the composite shown", async () => {
    const composite = (await summary.composite.textContent())!;
    expect(composite).toMatch(/^\d+\.\d$/);
    await expect(summary.sentence("zh", "composite")).toHaveText(`${AREA.nameZh}的综合指数为${composite}分（0–100分）。`);
  });

  await test.step("the evaluator enters the qualitative assessment", async () => {
    await expect(summary.sentence("zh", "evaluator")).toHaveCount(0);
    await summary.enterAssessment(ASSESSMENT);
    for (const a of ASSESSMENT) await expect(summary.assessmentScore(a.key)).toHaveText(String(a.score));
    await expect(page.getByTestId("assessment-comment-green_low_carbon")).toHaveText("能耗强度下降明显");
    await expect(summary.sentence("zh", "evaluator")).toHaveText("评估人员定性评分（1–5分）：园区建设4分、产业发展3分、城市更新4分、绿色低碳5分。");
    // Saved, not only shown: a fresh load has them, in the table and in the form.
    await page.reload();
    await summary.expectOpen();
    await expect(summary.assessmentScore("industrial_development")).toHaveText("3");
    await expect(summary.form.getByLabel("产业发展：评分")).toHaveValue("3");
  });

  const composite = (await summary.composite.textContent())!;
  const statusLine = (await summary.statusSentence("zh").textContent())!;
  const evaluatorLine = (await summary.sentence("zh", "evaluator").textContent())!;
  expect(statusLine).toMatch(/^\d+项指标/);

  await test.step("the Word file holds the name, the year, the composite and the status line as shown", async () => {
    const { name, body } = await summary.download("docx");
    expect(name).toBe(`summary-${AREA.code}-${YEAR}-zh.docx`);
    const text = squeeze(docxText(body));
    expect(text).toContain(squeeze(`${AREA.nameZh} · ${YEAR}年度评估摘要`));
    expect(text).toContain(squeeze(`${AREA.nameZh}的综合指数为${composite}分`));
    expect(text).toContain(squeeze(statusLine));
    expect(text).toContain(squeeze(evaluatorLine));
  });

  await test.step("the PDF holds the same", async () => {
    const { name, body } = await summary.download("pdf");
    expect(name).toBe(`summary-${AREA.code}-${YEAR}-zh.pdf`);
    expect(body.subarray(0, 5).toString()).toBe("%PDF-");
    // Sections follow one another, so a sentence may run over a page: read it without the pages' footers.
    const text = withoutPageFurniture(squeeze(await pdfText(body)), `${AREA.nameZh} · ${YEAR}年度评估摘要 · 产业转型升级示范区监测平台`);
    expect(text).toContain(squeeze(AREA.nameZh));
    expect(text).toContain(String(YEAR));
    expect(text).toContain(squeeze(`${AREA.nameZh}的综合指数为${composite}分`));
    expect(text).toContain(squeeze(statusLine));
    expect(text).toContain(squeeze(evaluatorLine));
  });
});

test("a visitor reads the summary without the form; a year without data is not found", async ({ page, request }) => {
  const summary = new SummaryPage(page);
  await summary.goto(AREA.code, YEAR);
  await expect(summary.form).toHaveCount(0);
  await expect(summary.section("assessment")).toBeVisible();
  // The 2020–2024 window spans the energy series' break of 2024: the progress section says so, with its source.
  const seriesBreak = summary.section("progress").getByTestId("summary-series-break-energy_intensity");
  await expect(seriesBreak).toContainText("统计口径调整 · 单位GDP能耗：2024年起口径调整");
  // The source is stored in English: the Chinese page cites it by its address.
  await expect(seriesBreak).toContainText("来源：https://policycn.com/");
  await expect(seriesBreak).not.toContainText("NDRC");
  // Pages stream behind their loading skeleton, so a missing summary is the not-found page rather than a 404 status.
  await page.goto(`/areas/${AREA.code}/summary/1999`);
  await expect(page.getByRole("heading", { level: 1, name: "未找到" })).toBeVisible();
  expect((await request.get(`/api/v1/summaries/${AREA.code}/1999`)).status()).toBe(404);
  expect((await request.get(`/api/v1/summaries/nowhere/${YEAR}`)).status()).toBe(404);
  expect((await request.get(`/api/v1/summaries/${AREA.code}/${YEAR}?format=exe`)).status()).toBe(400);
  // Starting the .zip job needs an evaluator or administrator.
  expect((await request.post(`/api/v1/summaries/bundles?year=${YEAR}`)).status()).toBe(401);
});

test("axe: the summary page, signed in with the assessment form", async ({ page, signIn }) => {
  await signIn("evaluator@demo.local");
  const summary = new SummaryPage(page);
  await summary.goto(AREA.code, YEAR);
  await expect(page.getByTestId("progress-overview-chart").locator("svg[role=img]")).toBeVisible();
  await expectNoSeriousViolations(page);
});
