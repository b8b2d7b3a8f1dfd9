import type { Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { HomePage } from "./pages/home-page";
import { ADMIN, official } from "./pages/login-page";
import { SiteHeader } from "./pages/site-header";
import { TodoPage } from "./pages/todo-page";

// The daily work of issue 19 in English, reached as a person reaches it: through the header's
// language switch. Each page is read for its English text, and for any Chinese left in its UI
// (names of people and what they wrote are data and stay as written). axe runs on the to-do page,
// the reporting calendar, the home page and the registration page in both languages.
// Read only: nothing is saved or sent (a refused save stores nothing). The official is 铜陵 (tongling),
// whose years stay drafts in the demo data; its form for the running year is opened, never saved. The
// calendar's year read is the last ended one, which no other spec sets.

/** Han characters and the full-width punctuation of Chinese text. */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** Data, not UI: the demo accounts' names ("铜陵 演示联络员", "演示评估员") and the demo values' source. */
const DATA = [/演示(联络员|评估员|管理员)$/, /^演示数据 \/ demo data$/];

/** Every text on the page, and every label a screen reader reads, that holds Chinese outside the data above. */
async function chineseLeft(page: Page): Promise<string[]> {
  const found = await page.evaluate((pattern) => {
    const chinese = new RegExp(pattern);
    const out: string[] = [];
    if (chinese.test(document.title)) out.push(`<title> ${document.title}`);
    // The switch back to Chinese is labelled in Chinese on purpose, as language switches are.
    const skip = (el: Element | null) => !el || el.closest("script, style, [data-testid=language-switch], [data-testid=menu-language-switch]") !== null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? "";
      if (chinese.test(text) && !skip(n.parentElement)) out.push(text);
    }
    for (const el of document.body.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
      if (skip(el)) continue;
      for (const name of ["aria-label", "title", "placeholder", "alt"]) {
        const value = el.getAttribute(name);
        if (value && chinese.test(value)) out.push(`[${name}] ${value}`);
      }
    }
    return out;
  }, CHINESE.source);
  return [...new Set(found)].filter((text) => !DATA.some((d) => d.test(text)));
}

async function expectEnglishOnly(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await chineseLeft(page), `Chinese UI text on ${page.url()}`).toEqual([]);
}

/** Clicks "English" in the header, as a person does; the choice is kept for the rest of the visit. */
async function switchToEnglish(page: Page) {
  const header = new SiteHeader(page);
  await expect(header.languageSwitch).toHaveText("English");
  await header.languageSwitch.click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(header.languageSwitch).toHaveText("中文");
}

/** Today's year in Beijing, where the reporting calendar counts: the last ended reporting year is the one before. */
const runningYear = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()));
const lastEnded = runningYear - 1;

test("signed out: the home page's national picture and the registration form, in English", async ({ page }) => {
  const home = new HomePage(page);

  await test.step("the home page in Chinese passes axe; the header switches it to English", async () => {
    await home.goto();
    await expect(page.getByTestId("national-picture")).toBeVisible();
    await expectNoSeriousViolations(page);
    await switchToEnglish(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demonstration areas for industrial transformation and upgrading");
  });

  await test.step("the national picture: reporting progress, every target's status, the province tiles", async () => {
    const picture = page.getByTestId("national-picture");
    await expect(picture.getByRole("heading", { level: 2 })).toHaveText(/^The national picture · \d{4}$/);
    const year = (await picture.getByRole("heading", { level: 2 }).innerText()).slice(-4);
    await expect(picture.getByTestId("picture-reporting")).toContainText(`Reported ${year}`);
    await expect(picture.getByTestId("picture-reporting")).toContainText("Submitted, awaiting review");
    await expect(picture.getByTestId("picture-reporting")).toContainText("Approved");
    for (const id of ["picture-reported", "picture-submitted", "picture-approved"]) {
      await expect(picture.getByTestId(id)).toHaveText(/^\d+ of \d+$/);
    }
    // Each status of the mix in words, with its count and share: "Met 282 (62%)".
    const mix = picture.getByTestId("picture-mix").locator("li");
    await expect(mix.first()).toHaveText(/^[A-Z][a-z ]+ \d+ \(\d+%\)$/);
    await expect(picture.getByRole("heading", { name: "Areas by province" })).toBeVisible();
    const tiles = picture.getByRole("navigation", { name: "Areas by province" });
    const sichuan = tiles.getByRole("link", { name: /^Sichuan: \d+ areas?$/ });
    await expect(sichuan).toHaveText(/^Sichuan/);
    await expectEnglishOnly(page);
    await expectNoSeriousViolations(page);

    await sichuan.click();
    await expect(page).toHaveURL(/\?province=Sichuan#area-list$/);
    await expect(home.count).toHaveText(/^\d+ areas?$/);
    await expect(home.list).toContainText("Zigong Industrial Transformation and Upgrading Demonstration Area");
    await expectEnglishOnly(page);
  });

  await test.step("the registration form: provinces from the list, a code proposed from the Chinese name", async () => {
    await page.goto("/register");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register as an official");
    await page.getByRole("radio", { name: "Register a new area" }).check();
    const province = page.getByLabel("Province", { exact: true });
    // 31 provinces and the prompt, in English; a province is never typed.
    await expect(province.locator("option")).toHaveCount(32);
    await expect(province.locator("option").first()).toHaveText("Choose…");
    await expect(province.locator("option", { hasText: /^Gansu$/ })).toHaveCount(1);
    await expect(page.getByLabel("English name (optional)")).toBeVisible();
    // The Chinese name is typed in Chinese whatever the language of the page; the code comes in pinyin.
    await page.getByLabel("Name in Chinese").fill("吕梁经济开发区");
    await page.getByLabel("Name in Chinese").blur();
    await expect(page.getByLabel(/^Short code/)).toHaveValue("lvliang-edz");
    await expect(page.getByText("Proposed from the Chinese name (pinyin); you can change it.", { exact: false })).toBeVisible();
    await expectEnglishOnly(page);
    await expectNoSeriousViolations(page);
  });

  await test.step("the registration form in Chinese passes axe too", async () => {
    await new SiteHeader(page).languageSwitch.click();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("注册为示范区联络员");
    await expectNoSeriousViolations(page);
  });
});

test("an official's to-do page and entry form in English: the years due with their deadlines, a refused save that says what is wrong", async ({ page, signIn }) => {
  const todo = new TodoPage(page);
  await signIn(official("tongling"));
  await todo.expectOpen();
  await expectNoSeriousViolations(page);
  await switchToEnglish(page);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("To do");
  const header = new SiteHeader(page);
  await expect(header.root.getByRole("link", { name: /^To do/ })).toBeVisible();
  await expect(header.root.getByRole("link", { name: "My area" })).toBeVisible();
  await expect(page.getByTestId("todo-summary")).toHaveText(/^Today is \d{1,2} [A-Z][a-z]+ \d{4}; (nothing to do|\d+ items? to do)\.$/);
  await expect(page.getByRole("heading", { name: "Years due or overdue" })).toBeVisible();
  const due = todo.dueYear(lastEnded);
  await expect(due).toContainText(`Data of ${lastEnded}`);
  await expect(due).toContainText("Draft");
  await expect(due).toContainText(`Due on 31 March ${runningYear}`);
  await expect(due).toContainText(/\d+ days? overdue/);
  await expectEnglishOnly(page);
  await expectNoSeriousViolations(page);

  await test.step(`the entry form of ${runningYear}, a year nothing is stored for: a refused save says what is wrong, in English`, async () => {
    await page.goto(`/areas/tongling/entry?year=${runningYear}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Indicators for ${runningYear}`);
    await page.getByRole("textbox", { name: /^High-tech enterprises \(/ }).fill("3500");
    await page.getByRole("textbox", { name: /^R&D expenditure, % of GDP \(/ }).fill("9");
    await page.getByRole("button", { name: `Save ${runningYear}` }).click();
    await expect(page.getByTestId("save-error")).toHaveText("Nothing was saved: correct the fields marked below.");
    const problems = page.getByTestId("save-problems");
    await expect(problems).toBeFocused();
    // Above the usual range (100–3,000), and perhaps far from last year's figure too: the sentence names each reason.
    const needsNote = /^High-tech enterprises is outside the usual range 100–3,000 firms( and changed [\d,.]+% from last year \(usual: −30% to \+60%\))?: explain it in the note\.$/;
    await expect(problems.getByRole("listitem")).toHaveText([needsNote, "R&D expenditure, % of GDP must be between 0.05 and 7.00 % of GDP. Nothing was saved."]);
    const row = page.locator('[data-field="hte_count"]');
    await expect(row.getByTestId("error-hte_count")).toHaveText(needsNote);
    await expect(row).not.toContainText("flagged for review");
    await expect(page.getByTestId("save-state")).toHaveText("Unsaved changes");
    await problems.getByRole("link").first().click();
    await expect(page.getByRole("textbox", { name: "Note for High-tech enterprises", exact: true })).toBeFocused();
    await page.getByRole("textbox", { name: "Note for High-tech enterprises", exact: true }).fill("e2e, never saved");
    await expect(row.getByTestId("flag-hte_count").first()).toHaveText("Outside the usual range 100–3,000 firms: flagged for review once saved.");
    await expectEnglishOnly(page);
  });
});

test("an evaluator's to-do page and the review queue in English", async ({ page, signIn }) => {
  const todo = new TodoPage(page);
  await signIn("evaluator@demo.local");
  await todo.expectOpen();
  await switchToEnglish(page);

  await test.step("to do: the years waiting, oldest first, with how long each has waited; the overdue areas", async () => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("To do");
    await expect(page.getByRole("heading", { name: "Years waiting for review" })).toBeVisible();
    // Other tests approve the demo's waiting years; whichever remain read in English.
    if ((await todo.waitingRows.count()) > 0) {
      await expect(todo.waitingRows.first()).toContainText(/\d+ days?/);
    } else {
      await expect(page.getByTestId("todo-waiting-none")).toBeVisible();
    }
    await expect(page.getByRole("heading", { name: "Years overdue, by area" })).toBeVisible();
    const tongling = todo.overdueArea("tongling");
    await expect(tongling).toContainText("Tongling");
    await expect(tongling).toContainText(new RegExp(`${lastEnded}: due on 31 March ${runningYear}, \\d+ days? overdue`));
    await expectEnglishOnly(page);
    await expectNoSeriousViolations(page);
  });

  await test.step("the review queue, filtered by its form to the approved years of the year before", async () => {
    await page.locator("header[data-site-header]").getByRole("link", { name: /^Review queue/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review queue");
    await page.getByLabel("State", { exact: true }).selectOption({ label: "Approved" });
    await page.getByLabel("Year", { exact: true }).selectOption({ label: String(lastEnded - 1) });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/status=approved/);
    const rows = page.getByTestId("queue-row");
    await expect(rows.first()).toContainText("Approved");
    await expect(rows.first().getByRole("link", { name: /^Review / })).toBeVisible();
    await expect(page.getByTestId("queue-count")).toHaveText(/^\d+ items?$/);
    await expectEnglishOnly(page);
  });
});

test("an administrator's reporting calendar and to-do page in English", async ({ page, signIn }) => {
  await signIn(ADMIN);
  await page.locator("header[data-site-header]").getByRole("link", { name: "报送日历" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "报送日历" })).toBeVisible();
  await expectNoSeriousViolations(page);
  await switchToEnglish(page);

  await test.step("the calendar: each reporting year with its dates, the defaults where none are set", async () => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reporting calendar");
    const year = page.locator(`[data-testid="calendar-year"][data-year="${lastEnded}"]`);
    await expect(year.getByRole("heading")).toHaveText(`Reporting year ${lastEnded}Default dates`);
    await expect(year).toContainText(`Data due: 31 March ${runningYear}; review to finish: 30 June ${runningYear}`);
    await expect(year.getByLabel("Data due on")).toBeVisible();
    await expect(year.getByLabel("Review to finish by")).toBeVisible();
    await expect(year.getByRole("button", { name: "Save" })).toBeVisible();
    await expectEnglishOnly(page);
    await expectNoSeriousViolations(page);
  });

  await test.step("to do: accounts and areas waiting for approval, and what waits for review", async () => {
    await page.locator("header[data-site-header]").getByRole("link", { name: /^To do/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("To do");
    await expect(page.getByRole("heading", { name: "Accounts and areas waiting for approval" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Years waiting for review" })).toBeVisible();
    await expectEnglishOnly(page);
    await expectNoSeriousViolations(page);
  });

  await test.step("the to-do page in Chinese passes axe too", async () => {
    await new SiteHeader(page).languageSwitch.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("待办");
    await expectNoSeriousViolations(page);
  });
});
