import { expect, type Page } from "@playwright/test";

export type NewAreaForm = {
  code: string;
  nameZh: string;
  nameEn: string;
  level: string; // visible option text, e.g. 城市级示范区
  wave: string;
  yearDesignated: string;
  province: string; // visible option text, e.g. 四川
  /** Chinese names, separated by ; */
  memberCities: string;
  /** English names in the same order, if any. */
  memberCitiesEn?: string;
  type: string;
  resourceType: string;
};

/** /register — a new official's account, and the area they claim or register. */
export class RegisterPage {
  constructor(private readonly page: Page) {}

  get name() {
    return this.page.getByLabel("姓名");
  }
  get email() {
    return this.page.getByLabel("邮箱");
  }
  get password() {
    return this.page.getByLabel("密码", { exact: false });
  }
  get submit() {
    return this.page.getByRole("button", { name: "注册", exact: true });
  }
  get done() {
    return this.page.getByTestId("register-done");
  }
  get fieldErrors() {
    return this.page.getByTestId("field-error");
  }

  async goto() {
    await this.page.goto("/register");
    await expect(this.page.getByRole("heading", { level: 1, name: "注册为示范区联络员" })).toBeVisible();
  }

  async fillAccount(account: { name: string; email: string; password: string }) {
    await this.name.fill(account.name);
    await this.email.fill(account.email);
    await this.password.fill(account.password);
  }

  async fillNewArea(area: NewAreaForm) {
    await this.page.getByRole("radio", { name: "登记新的示范区" }).check();
    const p = this.page;
    await p.getByLabel("中文名称").fill(area.nameZh);
    await p.getByLabel("中文名称").blur();
    // The proposed code arrives from the server; what is typed after it replaces it.
    await expect(p.getByLabel("简码")).not.toHaveValue("");
    await p.getByLabel("简码").fill(area.code);
    await p.getByLabel("英文名称（选填）").fill(area.nameEn);
    await p.getByLabel("级别").selectOption({ label: area.level });
    await p.getByLabel("批次").selectOption({ label: area.wave });
    await p.getByLabel("设立年份").fill(area.yearDesignated);
    await p.getByLabel("省份").selectOption({ label: area.province });
    await p.getByLabel("包含城市中文名").fill(area.memberCities);
    if (area.memberCitiesEn !== undefined) await p.getByLabel("包含城市英文名").fill(area.memberCitiesEn);
    await p.getByLabel("类型").selectOption({ label: area.type });
    await p.getByLabel("主要资源").selectOption({ label: area.resourceType });
  }
}
