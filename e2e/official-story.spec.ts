import { expect, test } from "./fixtures";
import { targetsOf, valueOf } from "./helpers";
import { AreaPage } from "./pages/area-page";
import { Chart } from "./pages/chart";
import { EntryPage } from "./pages/entry-page";
import { official } from "./pages/login-page";
import { SiteHeader } from "./pages/site-header";
import { TargetsPage } from "./pages/targets-page";

// One official's working session on their own area (自贡), step by step, as a person does it.
// Indicators used here and nowhere else: rd_intensity, hte_count (values), digital_core_share (target).

const AREA = "zigong";
const YEAR = 2024;
const RD = { key: "rd_intensity", name: "R&D经费投入强度" };
const HTE = { key: "hte_count", name: "高新技术企业数" };
const DIGITAL = { key: "digital_core_share", name: "数字经济核心产业增加值占GDP比重" };

/** "已保存 · 10:42" for any minute from `from` to `to` (Beijing time): the save happened between them. */
function savedAtOneOf(prefix: string, from: number, to: number): RegExp {
  const clock = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const minutes = new Set<string>();
  for (let t = from; t < to; t += 30_000) minutes.add(clock.format(t));
  minutes.add(clock.format(to));
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escape(prefix)}(${[...minutes].join("|")})$`);
}

test("an official signs in, switches language, enters data with range checks, sets a target and signs out", async ({ page, request, signIn }) => {
  const header = new SiteHeader(page);
  const area = new AreaPage(page);
  const entry = new EntryPage(page);
  const targets = new TargetsPage(page);

  await test.step("sign in at /login", async () => {
    await signIn(official(AREA));
    await expect(header.signedInAs).toContainText("自贡");
    await expect(header.signOutButton()).toBeVisible();
  });

  await test.step("switch to English, reload (remembered), switch back to Chinese", async () => {
    await header.languageSwitch.click();
    await expect(header.signOutButton("Sign out")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("To do");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.reload();
    await expect(header.signOutButton("Sign out")).toBeVisible();
    await expect(header.root.getByRole("link", { name: "My area" })).toBeVisible();
    await header.languageSwitch.click();
    await expect(header.signOutButton()).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("待办");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  });

  await test.step("open 我的示范区", async () => {
    await header.myArea.click();
    await expect(page).toHaveURL(`/areas/${AREA}`);
    await area.expectTitle("四川自贡产业转型升级示范区");
  });

  const rdBefore = await valueOf(request, AREA, RD.key, YEAR);
  expect(rdBefore, "demo data has rd_intensity 2024 for zigong").toBeDefined();

  await test.step("open 填报年度数据: the 2024 form with the stored values", async () => {
    await area.enterData.click();
    await entry.expectOpen(YEAR);
    await expect(entry.value(RD.name)).toHaveValue(String(rdBefore!.value));
  });

  await test.step("a value outside the hard range is rejected and nothing is saved", async () => {
    await entry.value(RD.name).fill("9");
    await expect(entry.errorOf(RD.key)).toContainText("R&D经费投入强度 应在 0.05 至 7.00 % 之间");
    await expect(entry.value(RD.name)).toHaveAttribute("aria-invalid", "true");
    await entry.save(YEAR);
    await expect(entry.saveError).toHaveText("未保存：请修改下方标出的各项。");
    await expect(entry.errorOf(RD.key)).toContainText("未保存任何数据");
  });

  await test.step("fixing the value clears its error", async () => {
    await entry.value(RD.name).fill(String(rdBefore!.value));
    await expect(entry.errorOf(RD.key)).toHaveCount(0);
    await expect(entry.value(RD.name)).toHaveAttribute("aria-invalid", "false");
  });

  await test.step("reload: the stored value is unchanged, on the page and in the API", async () => {
    await page.reload();
    await entry.expectOpen(YEAR);
    await expect(entry.value(RD.name)).toHaveValue(String(rdBefore!.value));
    const rdAfter = await valueOf(request, AREA, RD.key, YEAR);
    expect(rdAfter).toEqual(rdBefore);
  });

  // 3,500 firms is above the usual range (100–3,000) and, against 2023's few hundred, far above the
  // usual change (−30% to +60%): the field says both, and that a note is needed.
  const hteLastYear = (await valueOf(request, AREA, HTE.key, YEAR - 1))!.value;
  const change = new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(((3500 - hteLastYear) / hteLastYear) * 100);
  const unusual = `超出常见范围 100–3,000 家和较上年变化 ${change}%（常见：−30% 至 +60%）`;
  await test.step("a value outside the usual range needs a note; the field says why, and nothing is called flagged before it is saved", async () => {
    await entry.value(HTE.name).fill("3500");
    await expect(entry.errorOf(HTE.key)).toHaveText(`高新技术企业数 ${unusual}：请在说明中解释。`);
    await expect(entry.flagOf(HTE.key)).toHaveCount(0);
    await expect(entry.note(HTE.name)).toHaveAttribute("placeholder", "请说明该数值（必填）");
    await entry.save(YEAR);
    await expect(entry.saveError).toHaveText("未保存：请修改下方标出的各项。");
    await expect(entry.saveProblems.getByRole("listitem")).toHaveText([`高新技术企业数 ${unusual}：请在说明中解释。`]);
    // After the refused save the field still says what is wrong: nothing was stored, so nothing is flagged.
    await expect(entry.errorOf(HTE.key)).toHaveText(`高新技术企业数 ${unusual}：请在说明中解释。`);
    await expect(entry.row(HTE.key)).not.toContainText("已标记待核");
    await expect(entry.saveState).toHaveText("有未保存的修改");
    expect((await valueOf(request, AREA, HTE.key, YEAR))?.value).not.toBe(3500);
  });

  const note = "2024年新认定企业大幅增加（e2e）";
  await test.step("with a note the flagged value is saved; the bar by the save button shows the time of the save", async () => {
    await entry.note(HTE.name).fill(note);
    await expect(entry.errorOf(HTE.key)).toHaveCount(0);
    await expect(entry.flagOf(HTE.key)).toHaveText(["超出常见范围 100–3,000 家：保存后将标记待核。", `较上年变化 ${change}%（常见：−30% 至 +60%）：保存后将标记待核。`]);
    const before = Date.now();
    await entry.save(YEAR);
    await expect(entry.saveResult).toHaveText("已保存：修改 1 项，删除 0 项，1 项标记待核。");
    await expect(entry.saveError).toHaveCount(0);
    await expect(entry.saveState).toHaveText(savedAtOneOf("已保存 · ", before, Date.now()));
    await expect(entry.saveState).toBeInViewport();
    // Stored and flagged now, the field says so.
    await expect(entry.flagOf(HTE.key).first()).toHaveText("超出常见范围 100–3,000 家：已标记待核。");
    const stored = await valueOf(request, AREA, HTE.key, YEAR);
    expect(stored).toMatchObject({ value: 3500, flagged: true, note, demo: false });
  });

  await test.step("typing again brings back 有未保存的修改; typing the stored note back, the saved state again", async () => {
    const saved = await entry.saveState.textContent();
    await entry.note(HTE.name).fill(`${note}。`);
    await expect(entry.saveState).toHaveText("有未保存的修改");
    await entry.note(HTE.name).fill(note);
    await expect(entry.saveState).toHaveText(saved!);
  });

  await test.step("the area page charts the new point", async () => {
    await page.getByRole("navigation", { name: "返回示范区" }).getByRole("link").click();
    await expect(page).toHaveURL(`/areas/${AREA}`);
    // One indicator group at a time, the first (人口流动) on arrival.
    await expect(area.card(HTE.key)).toHaveCount(0);
    await area.showGroup("研发与创新主体");
    // The tab keeps the plan period shown (the open one, by default).
    await expect(page).toHaveURL(`/areas/${AREA}?period=fyp15&group=rd`);
    await expect(area.latest(HTE.key)).toHaveText("3,500");
    await expect(area.card(HTE.key)).toContainText("最新（2024）");
    // Earlier years are a few hundred firms: the axis now has to reach 4,000 to show 3,500.
    await expect(area.chart(HTE.key).locator("svg").getByText("4,000", { exact: true })).toBeVisible();
    // From the keyboard: focus reads the first year; the arrow keys walk on to the new 2024 value.
    const chart = new Chart(area.chart(HTE.key));
    const years = (await chart.rows()).map((r) => r.header);
    await chart.drawing.focus();
    for (let i = 0; i < years.indexOf("2024"); i++) await page.keyboard.press("ArrowRight");
    await expect(chart.tooltip).toContainText("2024");
    await expect(chart.tooltip).toContainText("3,500");
    await expect(chart.readout).toHaveText("2024：3,500 家");
    // Enter puts the tooltip away, and brings it back.
    await page.keyboard.press("Enter");
    await expect(chart.tooltip).toHaveCount(0);
    await page.keyboard.press("Enter");
    await expect(chart.tooltip).toContainText("2024");
  });

  await test.step("a 2030 target for the 15th plan period: saved, shown, and no data for the period yet", async () => {
    const apiBefore = await targetsOf(request, AREA);
    await area.setTargets.click();
    await targets.expectOpen();
    const latest = await targets.latestValue(DIGITAL.key);
    const goal = Number((latest + 2).toFixed(1));
    await targets.kind(DIGITAL.key).selectOption({ label: "目标值（%）" });
    await targets.value(DIGITAL.key, DIGITAL.name).fill(String(goal));
    await targets.reason(DIGITAL.key).fill("e2e：“十五五”目标");
    await targets.saveButton(DIGITAL.key).click();
    await expect(targets.message(DIGITAL.key)).toHaveText("目标已保存。");
    // Nothing is assessed from the base year alone: no status until 2026 is reported.
    await expect(targets.status(DIGITAL.key)).toHaveText("本期尚无数据");

    await area.goto(AREA);
    await area.showGroup("数字基础设施");
    await expect(area.status(DIGITAL.key)).toHaveText("本期尚无数据");
    await expect(area.target(DIGITAL.key)).toHaveText(goal.toFixed(1));

    expect(apiBefore[DIGITAL.key]).toBeUndefined();
    expect((await targetsOf(request, AREA))[DIGITAL.key]).toEqual({ value: goal, year: 2030, kind: "absolute", input: goal });

    // The 14th period's targets are read-only.
    await page.goto(`/areas/${AREA}/targets?period=fyp14`);
    await expect(page.getByTestId("period-closed")).toBeVisible();
    await expect(targets.saveButton(DIGITAL.key)).toHaveCount(0);
  });

  await test.step("sign out", async () => {
    await header.signOutButton().click();
    await expect(header.signInLink).toBeVisible();
    await expect(header.signedInAs).toHaveCount(0);
  });
});
