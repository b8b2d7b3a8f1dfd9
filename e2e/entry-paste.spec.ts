import Papa from "papaparse";
import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { valueOf, valuesOf } from "./helpers";
import { EntryPage } from "./pages/entry-page";
import { official } from "./pages/login-page";
import { SiteHeader } from "./pages/site-header";

// Entering a whole year by pasting from a spreadsheet, reviewing the changes and saving once; the
// keyboard, last year's source and the browser's draft. Area-years written here and nowhere else:
// 韶关 (shaoguan) 2017 and 六盘水 (liupanshui) 2017, years the demo data leaves empty (so that nothing
// else reads them); 豫西 (henan-west) 2026 is opened but never saved.

type Indicator = { key: string; names: { zh: string; en: string }; unit: { zh: string }; ranges: { soft: { min: number | null; max: number | null } }; derivation: string | null };

const YEAR = 2017;

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

/**
 * A year of plausible values for an area: its earliest demo values (2018 on; the demo data has a few
 * gaps), kept inside the usual range — a year without a previous one has no year-on-year check, so
 * nothing is flagged — with the sector shares still adding up to 100.
 */
async function plausibleYear(request: import("@playwright/test").APIRequestContext, area: string, catalogue: Indicator[]): Promise<Record<string, number>> {
  const res = await request.get(`/api/v1/areas/${area}/values?from=2018&to=2024`);
  expect(res.status()).toBe(200);
  const earliest = new Map<string, number>();
  for (const v of (await res.json()).data as { indicator: string; year: number; value: number }[]) {
    if (!earliest.has(v.indicator)) earliest.set(v.indicator, v.value);
  }
  const values: Record<string, number> = {};
  for (const i of catalogue) {
    if (i.derivation !== null) continue;
    const { min, max } = i.ranges.soft;
    const v = earliest.get(i.key) ?? ((min ?? 0) + (max ?? 0)) / 2;
    values[i.key] = Math.min(Math.max(v, min ?? -Infinity), max ?? Infinity);
  }
  values.tertiary_share = Math.round((100 - values.primary_share! - values.secondary_share!) * 10) / 10;
  return values;
}

async function catalogueOf(request: import("@playwright/test").APIRequestContext): Promise<Indicator[]> {
  const res = await request.get("/api/v1/indicators");
  expect(res.status()).toBe(200);
  return (await res.json()).data;
}

const fullWidth = (text: string) => text.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

test("an official enters a year from a 27-line column copied from the template, by keyboard alone, in one save", async ({ page, request, signIn }) => {
  test.setTimeout(120_000);
  const AREA = "shaoguan";
  const entry = new EntryPage(page);
  const catalogue = await catalogueOf(request);
  const name = (key: string) => catalogue.find((i) => i.key === key)!.names.zh;
  const values = await plausibleYear(request, AREA, catalogue);
  expect(await valuesOf(request, AREA, YEAR), "the demo data leaves 2017 empty").toEqual([]);

  await signIn(official(AREA));
  // The template's value column, in its own order: as the official copies it.
  const template = await page.request.get(`/api/v1/import/template?year=${YEAR}&format=csv`);
  expect(template.status()).toBe(200);
  const rows = Papa.parse<Record<string, string>>((await template.text()).replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
  const keys = rows.map((r) => r.indicator_key!);
  expect(keys).toHaveLength(27);
  // Written as a spreadsheet shows them: thousands separators, a Unicode minus, full-width digits, a percentage.
  const cell = (key: string) => {
    const v = values[key]!;
    if (key === "gdp_per_capita") return v.toLocaleString("en-US");
    if (v < 0) return `\u2212${Math.abs(v)}`;
    if (key === "aged65_share") return fullWidth(String(v));
    if (key === "urban_rate") return `${v}%`;
    return String(v);
  };
  // A falling population, to paste with the Unicode minus.
  values.natural_increase_rate = -Math.abs(values.natural_increase_rate!) || -1.5;
  expect(values.gdp_per_capita).toBeGreaterThan(1000);
  const tsv = keys.map(cell).join("\r\n") + "\r\n";

  await entry.goto(AREA, YEAR);
  await entry.expectOpen(YEAR);

  await test.step("type the source, Enter to the first value, Ctrl+V: a preview, nothing filled yet", async () => {
    await entry.source.focus();
    await page.keyboard.type("2017年韶关市统计公报（e2e）");
    await page.keyboard.press("Enter");
    await expect(entry.value(name(keys[0]!))).toBeFocused();
    await entry.pasteText(tsv);
    await expect(entry.pastePreview).toBeVisible();
    await expect(entry.pastePreview).toContainText("一列数值：按本表顺序，从“常住人口”起逐项对应。");
    expect(await entry.pasteStatuses()).toEqual(Object.fromEntries(keys.map((k) => [k, "fill"])));
    await expect(entry.unmatchedLines).toHaveCount(0);
    await expect(entry.pasteLine("gdp_per_capita")).toContainText(values.gdp_per_capita!.toLocaleString("zh-CN"));
    // Behind the dialog (hidden from the accessibility tree while it is open), the field is still empty.
    await expect(page.locator("#value-hte_count")).toHaveValue("");
  });

  await test.step("Enter confirms: the 27 fields are filled, and the cursor waits on 检查修改", async () => {
    await expect(page.getByRole("button", { name: "填入 27 项" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(entry.pastePreview).toHaveCount(0);
    await expect(entry.notice).toHaveText("已填入 27 项粘贴的数值，尚未保存。");
    for (const key of keys) await expect(entry.value(name(key))).toHaveValue(String(values[key]));
    await expect(entry.reviewButton).toBeFocused();
  });

  await test.step("Enter reviews every change, Enter again saves them all in one save", async () => {
    await page.keyboard.press("Enter");
    await expect(entry.review).toBeVisible();
    await expect(entry.review).toContainText("共有 28 项修改");
    await expect(entry.review.getByTestId("review-source")).toHaveText("数据来源：— → 2017年韶关市统计公报（e2e）");
    await expect(entry.reviewChanges).toHaveCount(27);
    await expect(entry.reviewSave).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(entry.saveResult).toHaveText("已保存：修改 27 项，删除 0 项，0 项标记待核。");
  });

  const saved = await valuesOf(request, AREA, YEAR);
  expect(Object.fromEntries(saved.map((v) => [v.indicator, v.value]))).toEqual(values);
  expect(saved.every((v) => !v.flagged && !v.demo)).toBe(true);
  // Saved: no draft is left in the browser.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("tm.entry-draft")))).toEqual([]);
});

test("a two-column block of Chinese names and values: an unknown name listed apart, an impossible value refused, neither filled", async ({ page, request, signIn }) => {
  test.setTimeout(120_000);
  const AREA = "liupanshui";
  const entry = new EntryPage(page);
  const catalogue = await catalogueOf(request);
  const values = await plausibleYear(request, AREA, catalogue);
  const entered = catalogue.filter((i) => i.derivation === null);
  expect(await valuesOf(request, AREA, YEAR)).toEqual([]);

  // Names in the spreadsheet's own order (here the reverse of the form's), one with its unit in
  // brackets as a communiqué writes it, one name the catalogue does not know, and R&D at 9 % (at most 7).
  const lines = [...entered].reverse().map((i) => {
    const label = i.key === "pop_resident" ? `${i.names.zh}（${i.unit.zh}）` : i.names.zh;
    return `${label}\t${i.key === "rd_intensity" ? "9" : values[i.key]}`;
  });
  lines.splice(5, 0, "年末户籍人口\t310.2");
  const tsv = lines.join("\r\n") + "\r\n";

  await signIn(official(AREA));
  await entry.goto(AREA, YEAR);
  await entry.expectOpen(YEAR);
  await entry.value("高新技术企业数").click();
  await entry.pasteText(tsv);

  await test.step("the preview: 26 to fill, R&D refused with its range, the unknown line apart", async () => {
    await expect(entry.pastePreview).toContainText("两列：指标名称（中文、英文或指标键）与数值。");
    const statuses = await entry.pasteStatuses();
    expect(Object.keys(statuses).sort()).toEqual(entered.map((i) => i.key).sort());
    expect(Object.entries(statuses).filter(([, s]) => s !== "fill")).toEqual([["rd_intensity", "refused"]]);
    await expect(entry.pasteLine("rd_intensity")).toContainText("已拒绝，未填入：应在 0.05 至 7.00 % 之间");
    await expect(entry.unmatchedLines).toHaveCount(1);
    await expect(entry.unmatchedLines.first()).toHaveAttribute("data-reason", "unknown_indicator");
    await expect(entry.unmatchedLines.first()).toContainText("第 6 行");
    await expect(entry.unmatchedLines.first()).toContainText("年末户籍人口");
    await expect(entry.pastePreview).toContainText("26 项将填入（其中 0 项标记待核），0 项与现值相同，1 项被拒绝");
    await expectNoSeriousViolations(page);
  });

  await test.step("confirm: R&D left empty, the rest filled; type R&D, review, save once", async () => {
    await entry.pastePreview.getByRole("button", { name: "填入 26 项" }).click();
    await expect(entry.pastePreview).toHaveCount(0);
    await expect(entry.value("R&D经费投入强度")).toHaveValue("");
    await expect(entry.value("常住人口")).toHaveValue(String(values.pop_resident));
    await entry.value("R&D经费投入强度").fill(String(values.rd_intensity));
    await entry.reviewButton.click();
    await expect(entry.reviewChanges).toHaveCount(27);
    await expectNoSeriousViolations(page);
    await entry.reviewSave.click();
    await expect(entry.saveResult).toHaveText("已保存：修改 27 项，删除 0 项，0 项标记待核。");
  });

  const saved = await valuesOf(request, AREA, YEAR);
  expect(Object.fromEntries(saved.map((v) => [v.indicator, v.value]))).toEqual(values);
});

test.describe("the form for a year not yet entered (henan-west 2026, never saved)", () => {
  const AREA = "henan-west";
  const NEXT = 2026;

  test("last year's source in one action, Enter and Shift+Enter, a cancelled paste, and every problem of a refused save at once", async ({ page, request, signIn }) => {
    test.setTimeout(120_000);
    const entry = new EntryPage(page);
    const before = await valuesOf(request, AREA, NEXT);
    expect(before).toEqual([]);
    await signIn(official(AREA));
    await entry.goto(AREA, NEXT);
    await entry.expectOpen(NEXT);

    await test.step("the source of 2025 is carried over by one click; notes are not", async () => {
      await expect(entry.source).toHaveValue("");
      await entry.useLastYearSource.click();
      await expect(entry.source).toHaveValue("演示数据 / demo data");
      await expect(entry.useLastYearSource).toHaveCount(0);
      await expect(entry.note("高新技术企业数")).toHaveValue("");
    });

    // Last year's population again: nothing flagged, so Enter skips the (optional) note.
    const population = String((await valueOf(request, AREA, "pop_resident", NEXT - 1))!.value);
    await test.step("Enter moves to the next value without saving, Shift+Enter back; a flagged value stops at its note", async () => {
      await entry.value("常住人口").fill(population);
      await entry.value("常住人口").press("Enter");
      await expect(entry.value("人口自然增长率")).toBeFocused();
      await page.keyboard.press("Shift+Enter");
      await expect(entry.value("常住人口")).toBeFocused();
      await expect(entry.saveResult.or(entry.saveError)).toHaveCount(0);
      // A 50 % fall is flagged: Enter goes to its note first, then on to the next value.
      await entry.value("常住人口").fill(String(Number(population) / 2));
      await page.keyboard.press("Enter");
      await expect(entry.note("常住人口")).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(entry.value("人口自然增长率")).toBeFocused();
      await entry.value("常住人口").fill(population);
    });

    await test.step("a paste cancelled with Escape fills nothing", async () => {
      await entry.value("常住人口").focus();
      await entry.pasteText("310\n-2.5\n");
      await expect(entry.pasteLines).toHaveCount(2);
      await page.keyboard.press("Escape");
      await expect(entry.pastePreview).toHaveCount(0);
      await expect(entry.value("常住人口")).toHaveValue(population);
      await expect(entry.value("人口自然增长率")).toHaveValue("");
    });

    // 3,500 firms: above the usual range (100–3,000), and within the usual change from 2025 (up to +60%),
    // so that the range is the one reason the note is needed.
    const hteLastYear = (await valueOf(request, AREA, "hte_count", NEXT - 1))!.value;
    expect(3500 / hteLastYear - 1, "henan-west's 2025 hte_count is within 60% of 3,500").toBeLessThan(0.6);
    expect(3500 / hteLastYear - 1).toBeGreaterThan(-0.3);
    const needsNote = "高新技术企业数 超出常见范围 100–3,000 家：请在说明中解释。";
    await test.step("three problems far apart: one save lists them all, each a link to its field", async () => {
      await entry.value("常住人口").fill("");
      await entry.value("高新技术企业数").fill("3500");
      await entry.value("R&D经费投入强度").fill("9");
      await entry.value("人均地区生产总值").fill("七万");
      await entry.save(NEXT);
      await expect(entry.saveError).toHaveText("未保存：请修改下方标出的各项。");
      await expect(entry.saveProblems).toBeFocused();
      const items = entry.saveProblems.getByRole("listitem");
      await expect(items).toHaveText([
        needsNote,
        "R&D经费投入强度 应在 0.05 至 7.00 % 之间。未保存任何数据。",
        "人均地区生产总值：请输入数字，例如 12.5。",
      ]);
      // The fields say what is wrong; nothing was stored, so nothing is called flagged.
      await expect(entry.errorOf("hte_count")).toHaveText(needsNote);
      await expect(entry.errorOf("rd_intensity")).toHaveText("R&D经费投入强度 应在 0.05 至 7.00 % 之间。未保存任何数据。");
      await expect(entry.row("hte_count")).not.toContainText("已标记待核");
      await items.first().getByRole("link").click();
      await expect(entry.note("高新技术企业数")).toBeFocused();
      expect(await valuesOf(request, AREA, NEXT)).toEqual([]);
    });
  });

  test("an unsaved draft survives a reload, is offered back, and is cleared on sign-out", async ({ page, signIn }) => {
    test.setTimeout(120_000);
    const entry = new EntryPage(page);
    const header = new SiteHeader(page);
    const drafts = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("tm.entry-draft")));
    await signIn(official(AREA));
    await entry.goto(AREA, NEXT);
    await entry.expectOpen(NEXT);
    await expect(entry.draftOffer).toHaveCount(0);

    await entry.value("高新技术企业数").fill("812");
    await entry.note("高新技术企业数").fill("草稿说明（e2e）");
    await expect.poll(drafts).toHaveLength(1);

    await test.step("reload: the draft is offered, and restoring fills the form without saving", async () => {
      await page.reload();
      await entry.expectOpen(NEXT);
      await expect(entry.draftOffer).toContainText("未保存的草稿（1 项修改）");
      await expect(entry.value("高新技术企业数")).toHaveValue("");
      await entry.draftOffer.getByRole("button", { name: "恢复草稿" }).click();
      await expect(entry.draftOffer).toHaveCount(0);
      await expect(entry.value("高新技术企业数")).toHaveValue("812");
      await expect(entry.note("高新技术企业数")).toHaveValue("草稿说明（e2e）");
      await expect(entry.saveResult).toHaveCount(0);
    });

    await test.step("discarded, it is gone", async () => {
      await page.reload();
      await entry.draftOffer.getByRole("button", { name: "放弃草稿" }).click();
      await expect(entry.draftOffer).toHaveCount(0);
      expect(await drafts()).toEqual([]);
      await page.reload();
      await entry.expectOpen(NEXT);
      await expect(entry.draftOffer).toHaveCount(0);
    });

    await test.step("signing out clears every draft of this browser", async () => {
      await entry.value("高新技术企业数").fill("813");
      await expect.poll(drafts).toHaveLength(1);
      await header.signOutButton().click();
      await expect(header.signInLink).toBeVisible();
      expect(await drafts()).toEqual([]);
      await signIn(official(AREA));
      await entry.goto(AREA, NEXT);
      await entry.expectOpen(NEXT);
      await expect(entry.draftOffer).toHaveCount(0);
      await expect(entry.value("高新技术企业数")).toHaveValue("");
    });
  });
});
