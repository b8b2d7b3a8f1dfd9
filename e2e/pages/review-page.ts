import { expect, type Locator, type Page } from "@playwright/test";

// Page objects of the review workflow, in the default Chinese UI: the review queue, one area-year's
// review page, the submission parts of the entry form, and the audit trail.

/** The header links only reviewers see. */
export function reviewNav(page: Page) {
  const header = page.locator("header[data-site-header]");
  return {
    // The link may carry the count of years waiting ("审查队列 （3 项）").
    queue: header.getByRole("link", { name: /^审查队列(\s|$)/ }),
    audit: header.getByRole("link", { name: "审计", exact: true }),
  };
}

/** /review — area-years by state, level, wave and year. */
export class ReviewQueuePage {
  constructor(private readonly page: Page) {}

  async goto(query = "") {
    await this.page.goto(`/review${query}`);
    await this.expectOpen();
  }

  async expectOpen() {
    await expect(this.page.getByRole("heading", { level: 1, name: "审查队列" })).toBeVisible();
  }

  get status() {
    return this.page.getByLabel("状态", { exact: true });
  }
  get year() {
    return this.page.getByLabel("年份", { exact: true });
  }
  get level() {
    return this.page.getByLabel("级别", { exact: true });
  }
  get apply() {
    return this.page.getByRole("button", { name: "筛选" });
  }
  get searchBox() {
    return this.page.getByRole("searchbox", { name: "搜索示范区" });
  }
  get pagination() {
    return this.page.getByRole("navigation", { name: "分页" });
  }
  get rows() {
    return this.page.getByTestId("queue-row");
  }
  get count() {
    return this.page.getByTestId("queue-count");
  }

  row(area: string, year: number): Locator {
    return this.page.locator(`[data-testid="queue-row"][data-area="${area}"][data-year="${year}"]`);
  }

  async open(area: string, year: number) {
    await this.row(area, year).getByRole("link", { name: /^审查 / }).click();
  }
}

/** /review/:code/:year — the year's values, the thread, and the reviewer's decisions. */
export class AreaYearReviewPage {
  constructor(private readonly page: Page) {}

  async goto(area: string, year: number) {
    await this.page.goto(`/review/${area}/${year}`);
  }

  async expectOpen(year: number) {
    await expect(this.page.getByRole("heading", { level: 1, name: new RegExp(`${year} 年数据审查$`) })).toBeVisible();
  }

  get status() {
    return this.page.getByTestId("review-state").getByTestId("submission-status");
  }
  get result() {
    return this.page.getByTestId("review-result-ok");
  }
  get error() {
    return this.page.getByTestId("review-result-error");
  }
  get thread() {
    return this.page.getByTestId("comment-thread");
  }
  value(key: string) {
    return this.page.getByTestId(`review-value-${key}`);
  }

  async approve(year: number, comment = "") {
    const form = this.page.getByTestId("approve-form");
    if (comment) await form.getByLabel("意见（选填）").fill(comment);
    await form.getByRole("button", { name: `通过 ${year} 年数据` }).click();
  }

  /** Returns with a general remark and, optionally, remarks on single indicators (by their Chinese names). */
  async returnWith(general: string, fields: { indicator: string; body: string }[] = []) {
    const form = this.page.getByTestId("return-form");
    await form.getByLabel("总体意见").fill(general);
    for (const [i, field] of fields.entries()) {
      if (i > 0) await form.getByRole("button", { name: "再添加一条指标意见" }).click();
      await form.getByLabel(`指标（第 ${i + 1} 条）`, { exact: true }).selectOption({ label: field.indicator });
      await form.getByLabel(`意见（第 ${i + 1} 条）`, { exact: true }).fill(field.body);
    }
    await form.getByRole("button", { name: "退回修改" }).click();
  }

  async reopen(reason: string) {
    const form = this.page.getByTestId("reopen-form");
    await form.getByLabel("重新开放的原因（必填）").fill(reason);
    await form.getByRole("button", { name: "重新开放" }).click();
  }
}

/** The submission parts of /areas/:code/entry: the state banner, remarks by field, submit, and history. */
export class SubmissionPanel {
  constructor(private readonly page: Page) {}

  get banner() {
    return this.page.getByTestId("submission-banner");
  }
  get status() {
    return this.banner.getByTestId("submission-status");
  }
  get generalRemarks() {
    return this.page.getByTestId("return-general");
  }
  get locked() {
    return this.page.getByTestId("save-locked");
  }
  get submitButton() {
    return this.page.getByTestId("submit-form").getByRole("button", { name: /^提交 \d{4} 年数据审核$/ });
  }
  get submitResult() {
    return this.page.getByTestId("submit-result-ok");
  }
  get unsaved() {
    return this.page.getByTestId("submit-unsaved");
  }

  remark(key: string): Locator {
    return this.page.getByTestId(`remark-${key}`);
  }

  async submit(comment = "") {
    if (comment) await this.page.getByTestId("submit-form").getByLabel("给评估人员的说明（选填）").fill(comment);
    await this.submitButton.click();
  }

  /** Opens the history of one value under its field. */
  async openHistory(key: string): Promise<Locator> {
    const history = this.page.getByTestId(`history-${key}`);
    await history.locator("summary").click();
    return history;
  }
}

/** /audit — every change, newest first, with filters. */
export class AuditPage {
  constructor(private readonly page: Page) {}

  async goto(query = "") {
    await this.page.goto(`/audit${query}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "审计记录" })).toBeVisible();
  }

  get filters() {
    return this.page.getByRole("search", { name: "筛选审计记录" });
  }
  get rows() {
    return this.page.getByTestId("audit-row");
  }
  get count() {
    return this.page.getByTestId("audit-count");
  }
  get pagination() {
    return this.page.getByTestId("pagination");
  }

  async filter(values: { area?: string; user?: string; indicator?: string; entity?: string; from?: string; to?: string }) {
    const f = this.filters;
    if (values.area !== undefined) await f.getByLabel("示范区", { exact: true }).selectOption({ label: values.area });
    if (values.user !== undefined) await f.getByLabel("用户", { exact: true }).fill(values.user);
    if (values.indicator !== undefined) await f.getByLabel("指标", { exact: true }).selectOption({ label: values.indicator });
    if (values.entity !== undefined) await f.getByLabel("对象", { exact: true }).selectOption({ label: values.entity });
    if (values.from !== undefined) await f.getByLabel("起始日期", { exact: true }).fill(values.from);
    if (values.to !== undefined) await f.getByLabel("截止日期", { exact: true }).fill(values.to);
    await f.getByRole("button", { name: "筛选" }).click();
  }
}
