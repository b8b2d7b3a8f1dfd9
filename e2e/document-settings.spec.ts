import { expect, test } from "./fixtures";
import { ADMIN } from "./pages/login-page";

// The administrator sets the issuing body and the number pattern of the summary documents: a
// pattern that could repeat a number is refused with a message and nothing saved; a good one is
// saved, shown with the number it would give, and kept across a reload. The defaults are put back.

test("the administrator sets the number pattern of the summary documents", async ({ page, signIn }) => {
  await signIn(ADMIN);
  await page.getByRole("link", { name: "文件设置" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "评估文件设置" })).toBeVisible();
  const pattern = page.getByLabel("文号格式");
  await expect(pattern).toHaveValue("TM-{year}-{seq:3}");
  await expect(page.getByTestId("document-number-example")).toHaveText(`示例：TM-${new Date().getFullYear()}-001`);

  await test.step("a pattern without the counter is refused", async () => {
    await pattern.fill("TM-{year}");
    await expect(page.getByTestId("document-number-example")).toHaveCount(0);
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("文号格式须含序号 {seq}")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("文号格式")).toHaveValue("TM-{year}-{seq:3}");
  });

  await test.step("a Chinese-style pattern is saved and kept", async () => {
    await page.getByLabel("文号格式").fill("监测〔{year}〕{seq}号");
    await expect(page.getByTestId("document-number-example")).toHaveText(`示例：监测〔${new Date().getFullYear()}〕1号`);
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已保存。" })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("文号格式")).toHaveValue("监测〔{year}〕{seq}号");
  });

  await page.getByLabel("文号格式").fill("TM-{year}-{seq:3}");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存。" })).toBeVisible();
});
