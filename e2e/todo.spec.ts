import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { signedInPage, valueOf } from "./helpers";
import { EntryPage } from "./pages/entry-page";
import { official } from "./pages/login-page";
import { AuditPage, AreaYearReviewPage, ReviewQueuePage, reviewNav, SubmissionPanel } from "./pages/review-page";
import { TodoPage } from "./pages/todo-page";

// What is due, as the people it concerns meet it. The demo's 小蓝 (xiaolan-etdz) 2025 was returned with
// a remark on 单位GDP能耗 (energy_intensity); 长兴 and 宁海 2025 wait for review with no flags and no
// remarks. Area-years used here and nowhere else.

const AREA = "xiaolan-etdz";
const YEAR = 2025;
const ENERGY = { key: "energy_intensity", name: "单位GDP能耗" };
const CLEAN = ["changxing-etdz", "ninghai-etdz"];

test("an official lands on the to-do page, follows the returned year's remark to its field, corrects it and submits again", async ({ page, request, signIn }) => {
  test.setTimeout(90_000);
  const before = await valueOf(request, AREA, ENERGY.key, YEAR - 1);
  expect(before, "demo data has energy_intensity 2024 for xiaolan").toBeDefined();
  // Close to the year before, as the remark asks: well within the year-on-year limit, so no note is needed.
  const corrected = Math.round(before!.value * 1.02 * 1000) / 1000;

  const todo = new TodoPage(page);
  const entry = new EntryPage(page);
  const submission = new SubmissionPanel(page);

  await test.step("signing in leads to 待办, which lists 2025 as returned and overdue, with the remark", async () => {
    await signIn(official(AREA));
    await todo.expectOpen();
    // The header's 待办 carries a count (the returned year; the 2030 targets where none are set yet; unread notifications).
    await expect(todo.navLink.getByTestId("nav-count")).toHaveText(/^[1-9]\d*$/);
    await expect(todo.dueYear(YEAR)).toContainText("已退回");
    await expect(todo.dueYear(YEAR)).toContainText("已逾期");
    await expect(todo.dueYear(YEAR)).toContainText("截止日期：2026年3月31日");
    const returned = todo.returnedYear(YEAR);
    await expect(returned.getByTestId("todo-remark")).toHaveCount(2);
    await expect(returned).toContainText("请补充各项数据的来源");
    await expect(returned).toContainText("单位GDP能耗较上年变化较大");
    await expectNoSeriousViolations(page);
  });

  await test.step("the remark's link opens the 2025 form at that field; the official corrects it and saves", async () => {
    await todo.returnedYear(YEAR).getByRole("link", { name: `前往该项：${ENERGY.name}` }).click();
    await expect(page).toHaveURL(new RegExp(`/areas/${AREA}/entry\\?year=${YEAR}#value-${ENERGY.key}$`));
    await entry.expectOpen(YEAR);
    await expect(submission.status).toHaveText("已退回");
    await expect(submission.remark(ENERGY.key)).toContainText("单位GDP能耗较上年变化较大");
    // Every remark of the return is listed at the top as well: the general one, and the one on a field with a link to it.
    await expect(submission.generalRemarks).toContainText("请补充各项数据的来源");
    const onField = submission.generalRemarks.getByTestId("return-field-remark");
    await expect(onField).toHaveCount(1);
    await expect(onField).toHaveAttribute("data-key", ENERGY.key);
    await expect(onField).toContainText(`${ENERGY.name}：单位GDP能耗较上年变化较大`);
    await page.getByRole("textbox", { name: "数据来源", exact: true }).focus();
    await onField.getByRole("link", { name: ENERGY.name, exact: true }).click();
    await expect(entry.value(ENERGY.name)).toBeFocused();
    await entry.value(ENERGY.name).fill(String(corrected));
    await entry.save(YEAR);
    await expect(entry.saveResult).toContainText("已保存：修改 1 项");
  });

  await test.step("submitted again, the year leaves the to-do page", async () => {
    await submission.submit("已按意见核实能耗数据（e2e）");
    await expect(submission.status).toHaveText("已提交");
    expect((await valueOf(request, AREA, ENERGY.key, YEAR))?.value).toBe(corrected);
    await todo.goto();
    await expect(todo.returnedYear(YEAR)).toHaveCount(0);
    await expect(todo.dueYear(YEAR)).toHaveCount(0);
    await expect(page.getByTestId("todo-due-none")).toBeVisible();
    // Noticed on the page it was overdue, the deadline stays a notification until marked read.
    await expect(page.getByTestId("notification").filter({ hasText: "2025 年度数据已逾期" })).toHaveCount(1);
  });
});

test("an evaluator sees the years waiting, oldest first, and approves two clean years at once from the queue", async ({ page, browser, signIn }) => {
  test.setTimeout(90_000);
  const todo = new TodoPage(page);
  const queue = new ReviewQueuePage(page);

  await test.step("the to-do page lists the waiting years with the days waited, past the review deadline, and the overdue areas", async () => {
    await signIn("evaluator@demo.local");
    await todo.expectOpen();
    await expect(todo.waitingRows.first()).toHaveAttribute("data-area", "changxing-etdz");
    await expect(todo.waitingRows.first()).toContainText("天");
    await expect(todo.waitingRows.first().getByTestId("waiting-too-long")).toHaveText("超过审查期限");
    await expect(todo.overdueArea("zigong")).toContainText("2025 年度");
    await expectNoSeriousViolations(page);
  });

  await test.step("the official's resubmission of 小蓝 2025 (the test before) is a notification, which the evaluator marks read", async () => {
    const note = page.getByTestId("notification").filter({ hasText: "小蓝" }).filter({ hasText: "已提交 2025 年度数据" });
    await expect(note).toHaveCount(1);
    await note.getByRole("button", { name: /标为已读$/ }).click();
    await expect(note).toHaveCount(0);
  });

  await test.step("in the queue, the two clean years are ticked and approved together", async () => {
    await reviewNav(page).queue.click();
    await queue.expectOpen();
    await expect(queue.rows.first()).toHaveAttribute("data-area", "changxing-etdz");
    await expect(queue.row("changxing-etdz", YEAR).getByTestId("queue-too-long")).toBeVisible();
    for (const code of CLEAN) await queue.row(code, YEAR).getByRole("checkbox", { name: /一并通过$/ }).check();
    await page.getByRole("button", { name: "通过所选年度" }).click();
    const result = page.getByTestId("bulk-result");
    await expect(result).toContainText("已通过 2 个年度");
    await expect(result.getByTestId("bulk-approved").getByRole("listitem")).toHaveCount(2);
    await expect(result.getByTestId("bulk-skipped")).toHaveCount(0);
    for (const code of CLEAN) await expect(queue.row(code, YEAR)).toHaveCount(0);
    await expectNoSeriousViolations(page);
  });

  await test.step("both show approved, each with its own audit entry", async () => {
    const review = new AreaYearReviewPage(page);
    for (const code of CLEAN) {
      await review.goto(code, YEAR);
      await expect(review.status).toHaveText("已通过");
    }
    const audit = new AuditPage(page);
    await audit.goto();
    for (const code of CLEAN) {
      const rows = page.locator(`[data-testid="audit-row"][data-entity="area_year"][data-key="${code}/${YEAR}"]`).filter({ hasText: "状态: 已提交 → 已通过" });
      await expect(rows).toHaveCount(1);
      await expect(rows).toContainText("演示评估员");
    }
  });

  await test.step("an official of another area cannot see the queue's boxes or approve", async () => {
    const other = await signedInPage(browser, official("zigong"));
    await other.goto("/review");
    await expect(other.getByRole("button", { name: "通过所选年度" })).toHaveCount(0);
    await other.context().close();
  });
});

test("an administrator sets the running year's deadlines; a review deadline before the data deadline is refused", async ({ page, signIn }) => {
  // 2026, the year still running: no to-do page follows it yet, so the other tests' deadlines stay the defaults.
  await signIn("admin@demo.local");
  await page.locator("header[data-site-header]").getByRole("link", { name: "报送日历" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "报送日历" })).toBeVisible();
  const year = page.locator('[data-testid="calendar-year"][data-year="2026"]');
  await expect(year).toContainText("默认日期");
  await expect(year).toContainText("数据截止：2027年3月31日；审查完成：2027年6月30日");
  await expectNoSeriousViolations(page);

  await year.getByLabel("数据截止日期").fill("2027-04-15");
  await year.getByLabel("审查完成日期").fill("2027-04-10");
  await year.getByRole("button", { name: "保存" }).click();
  await expect(year.getByTestId("deadline-error")).toHaveText("审查完成日期须晚于数据截止日期。");
  await expect(year).toContainText("默认日期");

  await year.getByLabel("审查完成日期").fill("2027-07-31");
  await year.getByRole("button", { name: "保存" }).click();
  await expect(year.getByTestId("deadlines-ok")).toHaveText("日期已保存。");
  await expect(year).toContainText("已设定");
  await expect(year).toContainText("数据截止：2027年4月15日；审查完成：2027年7月31日");

  const audit = new AuditPage(page);
  await audit.goto();
  const row = page.locator('[data-testid="audit-row"][data-key="calendar/2026"]');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("2027-07-31");
});
