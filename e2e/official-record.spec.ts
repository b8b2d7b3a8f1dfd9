import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { OverviewPage } from "./pages/overview-page";
import { SiteHeader } from "./pages/site-header";
import { SummaryPage } from "./pages/summary-page";

// The programme's own record: the policy documents at /policy, the member cities in both languages,
// the published official results on the area page, and an evaluator adding one with its source, which
// then shows in the overview beside the proposed grade and apart from it. Area recorded here and
// nowhere else: zigong, year 2024 (no official result for 2024 is in the reference data).

const GRADE_LABELS = ["优秀", "良好", "一般", "较差"];
const SOURCE = { title: "端到端测试：2024年度评估结果通报", url: "https://example.org/e2e/evaluation-2024" };

test("/policy: the documents as a timeline, in Chinese and in English, signed out", async ({ page }) => {
  await page.goto("/");
  await page.locator("header[data-site-header]").getByRole("link", { name: "政策文件" }).click();
  await expect(page).toHaveURL(/\/policy$/);
  await expect(page.getByRole("heading", { level: 1, name: "政策文件" })).toBeVisible();
  const timeline = page.getByTestId("policy-timeline");
  await expect(timeline.locator(":scope > li")).toHaveCount(9);
  const second = page.getByTestId("policy-second-wave-2019");
  await expect(second).toContainText("2019年8月30日");
  await expect(second).toContainText("关于进一步推进产业转型升级示范区建设的通知");
  await expect(page.getByTestId("policy-requires-second-wave-2019")).toContainText("连续三年评为较差的城市取消示范区资格");
  const official = second.getByRole("link", { name: "中国政府网刊载经济日报报道，2019-09-01" });
  await expect(official).toHaveAttribute("href", "http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2019-09/01/content_5426208.htm");
  await expect(second.locator("[data-source-kind=official]")).toHaveText("政府网站");
  await expect(page.getByTestId("policy-implementation-plan-2021")).toContainText("发改振兴〔2021〕1618号");
  await expectNoSeriousViolations(page);

  await new SiteHeader(page).languageSwitch.click();
  await expect(page.getByRole("heading", { level: 1, name: "Policy documents" })).toBeVisible();
  await page.goto("/policy#implementation-plan-2021");
  await expect(page.getByTestId("policy-implementation-plan-2021")).toBeInViewport();
  await expect(page.getByTestId("policy-requires-second-wave-2019")).toContainText("a city rated poor three years running loses its status");
  await expect(page.getByTestId("policy-second-wave-2019")).toContainText("30 August 2019");
  await expect(page.getByTestId("policy-evaluation-2022-results").locator("[data-source-kind=repost]").first()).toHaveText("Third-party repost");
});

test("member cities and the published results show in the page's language", async ({ page }) => {
  await page.goto("/areas/hunan-central");
  await expect(page.getByTestId("area-member-cities")).toHaveText("株洲、湘潭、娄底");
  const record = page.getByTestId("official-record");
  await expect(record.getByRole("heading", { level: 2, name: "官方评估记录" })).toBeVisible();
  const y2020 = record.locator("tr[data-year='2020']");
  await expect(y2020).toHaveCount(3);
  await expect(y2020.first()).toContainText("湘潭");
  await expect(y2020.first().locator("[data-official]")).toHaveText("官方优秀");
  await expect(y2020.first().getByRole("link", { name: /2020年度评估结果/ }).first()).toHaveAttribute("href", "http://www.sdenews.com/html/2021/6/318861.shtml");
  await expect(y2020.first()).toContainText("媒体报道");
  // Signed out: no form.
  await expect(page.getByTestId("official-result-form")).toHaveCount(0);

  await new SiteHeader(page).languageSwitch.click();
  await expect(page.getByTestId("area-member-cities")).toHaveText("Zhuzhou, Xiangtan, Loudi");
  await expect(record.locator("tr[data-year='2020']").first()).toContainText("Xiangtan");
  await expect(record.locator("tr[data-year='2020']").first().locator("[data-official]")).toHaveText("OfficialExcellent");
});

test("an evaluator adds an official result with its source; it shows on the area page and in the overview beside the proposed grade", async ({ page, signIn }) => {
  test.setTimeout(120_000);
  await signIn("evaluator@demo.local");
  await page.goto("/areas/zigong");
  const record = page.getByTestId("official-record");
  await expect(record.locator("tr[data-year='2024']")).toHaveCount(0);
  const form = page.getByTestId("official-result-form");
  await form.locator("summary").click();
  await expectNoSeriousViolations(page);

  await test.step("without a source address nothing is saved", async () => {
    await form.getByLabel("评估年度", { exact: true }).selectOption("2024");
    await form.getByLabel("城市", { exact: true }).selectOption({ label: "自贡" });
    await form.getByLabel("结果", { exact: true }).selectOption({ label: "良好" });
    await form.getByLabel("来源类型", { exact: true }).selectOption({ label: "媒体报道" });
    await form.getByLabel("来源标题", { exact: true }).fill(SOURCE.title);
    await form.getByRole("button", { name: "保存" }).click();
    await expect(page.getByTestId("official-result-error")).toContainText("请更正标出的内容。");
    await expect(page.getByTestId("official-error-sourceUrl")).toHaveText("请填写来源网址。");
    await expect(form.getByLabel("来源标题", { exact: true })).toHaveValue(SOURCE.title);
    await form.getByLabel("来源网址", { exact: true }).fill("javascript:alert(1)");
    await form.getByRole("button", { name: "保存" }).click();
    await expect(page.getByTestId("official-error-sourceUrl")).toHaveText("来源网址须为以 http:// 或 https:// 开头的完整网址。");
    await expect(record.locator("tr[data-year='2024']")).toHaveCount(0);
  });

  await test.step("with its source it is saved and listed", async () => {
    await form.getByLabel("来源网址", { exact: true }).fill(SOURCE.url);
    await form.getByRole("button", { name: "保存" }).click();
    await expect(page.getByTestId("official-result-ok")).toHaveText("官方评估结果已保存。");
    const row = record.locator("tr[data-year='2024']");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("自贡");
    await expect(row.locator("[data-official]")).toHaveText("官方良好");
    await expect(row.getByRole("link", { name: SOURCE.title })).toHaveAttribute("href", SOURCE.url);
    await expect(row).toContainText("演示评估员录入");
  });

  await test.step("the overview shows it in its own column, beside the proposed grade", async () => {
    const overview = new OverviewPage(page);
    await overview.goto(2024);
    const official = page.getByTestId("official-zigong");
    await expect(official).toContainText("自贡");
    await expect(official.locator("[data-official]")).toHaveText("官方良好");
    await expect(official.getByRole("link", { name: "来源" })).toHaveAttribute("href", SOURCE.url);
    // Apart: the proposal keeps its own badge, and the official cell holds no product grade.
    expect(GRADE_LABELS).toContain(await overview.proposed("zigong").textContent());
    await expect(official.locator("[data-grade]")).toHaveCount(0);
    await expect(overview.table("city").getByRole("columnheader", { name: "官方评估结果" })).toBeVisible();
    // Another area without a result for the year shows none.
    await expect(page.getByTestId("official-tongling")).toHaveText("—");
  });

  await test.step("the summary lists it and counts it for the three-poor-years rule", async () => {
    const summary = new SummaryPage(page);
    await summary.goto("zigong", 2024);
    const table = page.getByTestId("table-official-results");
    await expect(table.locator("tbody tr").first()).toContainText("2024");
    await expect(table.getByRole("link", { name: SOURCE.title })).toHaveAttribute("href", SOURCE.url);
    await expect(page.getByTestId("summary-official-counted")).toHaveText("在“连续三年较差”规则中，2024年按官方评估结果计：非较差。");
  });
});

test("the summary's pathways link each line of action to its policy documents", async ({ page }) => {
  const summary = new SummaryPage(page);
  await summary.goto("hunan-central", 2024);
  const mapping = page.getByTestId("table-pathway-lines");
  await expect(mapping.locator("tbody tr")).toHaveCount(9);
  const parks = mapping.locator("tbody tr").filter({ hasText: "以园区为平台" });
  await parks.getByRole("link", { name: "“十四五”示范区实施方案" }).click();
  await expect(page).toHaveURL(/\/policy#implementation-plan-2021$/);
  await expect(page.getByTestId("policy-implementation-plan-2021")).toBeInViewport();
});
