import { expect, test } from "./fixtures";
import { signedInPage, valueOf } from "./helpers";
import { EntryPage } from "./pages/entry-page";
import { ADMIN, official } from "./pages/login-page";

// Two people edit the same area-year: the second save, made on a form opened before the first
// save, is refused instead of silently overwriting it. Indicator used only here: gdp_per_capita.

const AREA = "zigong";
const YEAR = 2024;
const GDP = { key: "gdp_per_capita", name: "人均地区生产总值" };

test("the second of two concurrent saves is refused and the first one stays", async ({ browser, request }) => {
  const stored = await valueOf(request, AREA, GDP.key, YEAR);
  expect(stored).toBeDefined();
  // Small steps from the stored value: no range or year-on-year flag, so no note is needed.
  const first = String(stored!.value + 100);
  const second = String(stored!.value + 200);

  const officialPage = await signedInPage(browser, official(AREA));
  const adminPage = await signedInPage(browser, ADMIN);
  const a = new EntryPage(officialPage);
  const b = new EntryPage(adminPage);

  // Both open the form before either saves.
  await a.goto(AREA, YEAR);
  await b.goto(AREA, YEAR);
  await a.expectOpen(YEAR);
  await b.expectOpen(YEAR);

  await a.value(GDP.name).fill(first);
  await a.save(YEAR);
  await expect(a.saveResult).toHaveText("已保存：修改 1 项，删除 0 项，0 项标记待核。");
  await expect(a.value(GDP.name)).toHaveValue(first);

  await b.value(GDP.name).fill(second);
  await b.save(YEAR);
  await expect(b.saveError).toContainText("自您打开本页后，其他人已保存了该年度数据，因此本次未保存。您填写的内容仍保留在页面上。");
  await expect(b.value(GDP.name)).toHaveValue(second);
  expect((await valueOf(request, AREA, GDP.key, YEAR))?.value).toBe(Number(first));

  // Loading the latest data replaces what was typed with what is stored, and the refusal goes away.
  await adminPage.getByRole("button", { name: "载入最新保存的数据（将替换本页已填写的内容）" }).click();
  await expect(b.value(GDP.name)).toHaveValue(first);
  await expect(b.saveError).toHaveCount(0);

  // The first person can go on saving from their form: it knows the version it saved.
  await a.value(GDP.name).fill(String(stored!.value));
  await a.save(YEAR);
  // The confirmation reads the same as before, so wait for the stored value itself.
  await expect.poll(async () => (await valueOf(request, AREA, GDP.key, YEAR))?.value).toBe(stored!.value);
  await expect(a.saveResult).toHaveText("已保存：修改 1 项，删除 0 项，0 项标记待核。");
  await expect(a.saveError).toHaveCount(0);

  await officialPage.context().close();
  await adminPage.context().close();
});
