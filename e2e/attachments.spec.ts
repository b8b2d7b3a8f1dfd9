import fs from "node:fs";
import path from "node:path";
import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { signedInPage } from "./helpers";
import { official } from "./pages/login-page";

// Evidence files: an official attaches a PDF to a year, an evaluator sees it in review and downloads
// it; a file whose content is no accepted kind is refused with a clear message and nothing is stored.
// Area-year used here and nowhere else: 清镇 (qingzhen-edz) 2017 (a draft: the demo approves 2018 on), its attachments only.

const AREA = "qingzhen-edz";
const YEAR = 2017;
const EVALUATOR = "evaluator@demo.local";
const FILE_NAME = "2017年统计公报.pdf";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1");
const HTML = Buffer.from("<!doctype html><html><body><script>alert('not a pdf')</script></body></html>");

/** The e2e server's evidence folder (playwright.config.ts: one database per port; lib/env.ts: the folder beside it). */
const FOLDER = path.join("data", `e2e-${process.env.E2E_PORT ?? 3100}-attachments`);
const storedFiles = () => (fs.existsSync(FOLDER) ? fs.readdirSync(FOLDER).filter((f) => !f.startsWith(".")).sort() : []);

test("an official attaches a PDF to a year; a disguised HTML page is refused; the evaluator downloads the PDF in review; the official removes it", async ({ browser, page, signIn }) => {
  test.setTimeout(120_000);
  const panel = page.getByTestId("attachments");
  const rows = panel.getByTestId("attachment-row");

  await signIn(official(AREA));
  await page.goto(`/areas/${AREA}/entry?year=${YEAR}`);
  await expect(panel.getByRole("heading", { name: "证明材料" })).toBeVisible();
  await expect(panel.getByTestId("attachments-empty")).toHaveText("尚无证明材料。");
  // Other specs store files in the same folder: what this one adds is compared with what was there.
  const initial = storedFiles();

  await test.step("the PDF is attached to the year as a whole", async () => {
    await expect(panel.getByLabel("附于")).toHaveValue("");
    await panel.getByLabel("文件", { exact: true }).setInputFiles({ name: FILE_NAME, mimeType: "application/pdf", buffer: PDF });
    await panel.getByRole("button", { name: "上传" }).click();
    await expect(panel.getByTestId("attachment-uploaded")).toHaveText(`已上传「${FILE_NAME}」。`);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(FILE_NAME);
    await expect(rows.first()).toContainText("整个年度");
    await expect(rows.first()).toContainText("1 kB");
    expect(storedFiles()).toHaveLength(initial.length + 1);
  });

  await test.step("an HTML page named .pdf, declared a PDF by the browser, is refused and nothing is stored", async () => {
    const before = storedFiles();
    await panel.getByLabel("文件", { exact: true }).setInputFiles({ name: "伪装的公报.pdf", mimeType: "application/pdf", buffer: HTML });
    await panel.getByRole("button", { name: "上传" }).click();
    await expect(panel.getByRole("alert")).toContainText("该文件的内容不是 PDF、PNG、JPEG 图片或 xlsx 表格，未保存。");
    await expect(panel.getByLabel("文件", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await page.reload();
    await expect(rows).toHaveCount(1);
    await expect(panel).not.toContainText("伪装的公报");
    expect(storedFiles()).toEqual(before);
  });

  await expectNoSeriousViolations(page);

  const reviewer = await signedInPage(browser, EVALUATOR);
  try {
    await reviewer.goto(`/review/${AREA}/${YEAR}`);
    const evidence = reviewer.getByTestId("attachments");
    await expect(evidence.getByRole("heading", { name: "证明材料" })).toBeVisible();
    await expect(evidence.getByTestId("attachment-row")).toHaveCount(1);
    // Read only: an evaluator neither uploads nor removes.
    await expect(evidence.getByTestId("attachment-upload")).toHaveCount(0);
    await expect(evidence.getByRole("button", { name: /删除/ })).toHaveCount(0);
    await expectNoSeriousViolations(reviewer);

    const link = evidence.getByRole("link", { name: `下载「${FILE_NAME}」` });
    const [download] = await Promise.all([reviewer.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(FILE_NAME);
    expect(fs.readFileSync((await download.path())!)).toEqual(PDF);

    // The headers: always a download, the type its content was checked to be, never sniffed.
    const href = (await link.getAttribute("href"))!;
    const res = await reviewer.request.get(href);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    // 年统计公报 in UTF-8: E5 B9 B4, E7 BB 9F, E8 AE A1, E5 85 AC, E6 8A A5; one "_" each in the ASCII name.
    expect(res.headers()["content-disposition"]).toBe(`attachment; filename="2017_____.pdf"; filename*=UTF-8''2017%E5%B9%B4%E7%BB%9F%E8%AE%A1%E5%85%AC%E6%8A%A5.pdf`);
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(Buffer.from(await res.body())).toEqual(PDF);

    // Not the public's.
    const signedOut = await reviewer.context().browser()!.newContext();
    try {
      expect((await signedOut.request.get(new URL(href, reviewer.url()).toString())).status()).toBe(401);
    } finally {
      await signedOut.close();
    }
  } finally {
    await reviewer.context().close();
  }

  await test.step("the official removes the file while the year is a draft: the list and the folder are as before", async () => {
    await page.reload();
    await panel.getByRole("button", { name: `删除「${FILE_NAME}」` }).click();
    await expect(panel.getByTestId("attachments-empty")).toBeVisible();
    expect(storedFiles()).toEqual(initial);
  });
});
