import { expect, test } from "./fixtures";
import { targetsOf, valueOf, valuesOf } from "./helpers";
import { AreaPage } from "./pages/area-page";
import { EntryPage } from "./pages/entry-page";
import { LoginPage, official } from "./pages/login-page";
import { TargetsPage } from "./pages/targets-page";

// An official may read every area but change only their own, whether through the UI or by
// sending the server action a forged area code. Nothing in this file is meant to be saved.

const OWN = "zigong";
const OTHER = "tongling";

test.describe("an official cannot change another area", () => {
  test.beforeEach(async ({ signIn }) => {
    await signIn(official(OWN));
  });

  test("the UI offers no editing of another area", async ({ page }) => {
    const area = new AreaPage(page);
    await area.goto(OTHER);
    await area.expectTitle("安徽铜陵产业转型升级示范区");
    await expect(page.getByTestId("area-progress-summary")).toBeVisible();
    await expect(area.enterData).toHaveCount(0);
    await expect(area.setTargets).toHaveCount(0);

    const entry = new EntryPage(page);
    await entry.goto(OTHER, 2024);
    await expect(entry.notAllowed).toHaveText("您可以查看该示范区，但不能填报其数据。联络员只能填报本示范区的数据。");
    await expect(entry.form).toHaveCount(0);

    const targets = new TargetsPage(page);
    await targets.goto(OTHER);
    await expect(targets.notAllowed).toHaveText("您可以查看该示范区，但不能设定其目标。");
    // (On their own area the same official does see both links: official-story.spec.ts follows them.)
  });

  test("a forged year entry for another area is refused and changes nothing", async ({ page, request }) => {
    const before = await valuesOf(request, OTHER, 2024);
    const previous = await valueOf(request, OTHER, "urban_rate", 2023);
    expect(previous).toBeDefined();
    // Last year's value of the other area: plausible there, so only the area check can refuse it.
    const forged = String(previous!.value);

    const entry = new EntryPage(page);
    await entry.goto(OWN, 2024);
    await entry.expectOpen(2024);
    await entry.value("常住人口城镇化率").fill(forged);
    await page.evaluate((area) => {
      const form = document.querySelector<HTMLFormElement>('[data-testid="year-entry-form"]')!;
      form.querySelector<HTMLInputElement>('input[name="areaCode"]')!.value = area;
      // Send only the one indicator: disabled fields are left out of the request.
      for (const input of form.querySelectorAll<HTMLInputElement>('input[name^="value:"], input[name^="note:"]')) {
        if (!input.name.endsWith(":urban_rate")) input.disabled = true;
      }
    }, OTHER);
    await entry.save(2024);
    await expect(entry.saveError).toHaveText("您只能填报本示范区的数据。");
    await expect(entry.saveResult).toHaveCount(0);

    expect(await valuesOf(request, OTHER, 2024)).toEqual(before);
  });

  test("a forged target for another area is refused and changes nothing", async ({ page, request }) => {
    const before = await targetsOf(request, OTHER);
    const ownBefore = await targetsOf(request, OWN);

    const targets = new TargetsPage(page);
    await targets.goto(OWN);
    await targets.expectOpen();
    const key = "sei_share";
    await targets.kind(key).selectOption({ label: "目标值（%）" });
    await targets.value(key, "战略性新兴产业增加值占GDP比重").fill("30");
    await page.evaluate((area) => {
      document.querySelector<HTMLInputElement>('[data-testid="target-form-sei_share"] input[name="areaCode"]')!.value = area;
    }, OTHER);
    await targets.saveButton(key).click();
    await expect(targets.message(key)).toHaveText("您只能设定本示范区的目标。");

    expect(await targetsOf(request, OTHER)).toEqual(before);
    expect(await targetsOf(request, OWN)).toEqual(ownBefore);
  });
});

test("an anonymous visitor is sent to sign in from the editing pages, and back after signing in", async ({ page }) => {
  for (const path of [`/areas/${OWN}/targets`, "/admin/approvals", `/areas/${OWN}/entry`]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await expect(page.getByRole("heading", { level: 1, name: "登录" })).toBeVisible();
  }
  await new LoginPage(page).signIn(official(OWN));
  await expect(page).toHaveURL(`/areas/${OWN}/entry`);
  await expect(new EntryPage(page).form).toBeVisible();
});
