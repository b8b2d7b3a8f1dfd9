import { strFromU8, unzipSync } from "fflate";
import { expect, test } from "./fixtures";
import { docxText, pdfText, squeeze } from "./documents";
import { OverviewPage } from "./pages/overview-page";
import { SiteHeader } from "./pages/site-header";
import { SummaryPage } from "./pages/summary-page";

// The one-page briefs for leaders, as a visitor gets them: on an area's summary page beside the full
// document's downloads, in the page's language, and on the national overview. Read only: this spec
// writes nothing (the area-year it reads, Northeast Ningxia 2025 — the demo's fullest brief, 13
// targets — is a draft here, so reading it issues no number; no other spec writes it). The overview
// of 2025 is read as the other specs leave it.

const AREA = "ningxia-northeast";
// A client address of its own (sent as X-Forwarded-For), so that its signed-out downloads count
// against no other spec's limit, nor theirs against this one's.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.202" } });
const YEAR = 2025;

/** Pages of a PDF as pdf.js counts them, and as written (`/Type /Page` objects). */
async function pageCount(pdf: Buffer): Promise<number> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = doc.numPages;
  await doc.destroy();
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)).toHaveLength(pages);
  return pages;
}

test("a visitor downloads an area's one-page brief beside the full summary, in Chinese and then in English", async ({ page }) => {
  const summary = new SummaryPage(page);
  await summary.goto(AREA, YEAR);

  await test.step("简报 PDF: one page with the title, the grade, the chart of every target and the diagnosis", async () => {
    await expect(page.getByTestId("download-pdf")).toBeVisible();
    const { name, body } = await summary.download("brief");
    expect(name).toBe(`brief-${AREA}-${YEAR}-zh.pdf`);
    expect(await pageCount(body)).toBe(1);
    const text = squeeze(await pdfText(body));
    for (const part of ["2025年度评估简报", "等级与综合指数", "规划期目标完成情况", "优势与短板", "瓶颈诊断", "体制机制障碍", "文号：草稿（未编号）", "草稿/未审定"]) expect(text).toContain(part);
    // The composite as the page shows it.
    expect(text).toContain(squeeze((await summary.composite.textContent())!));
  });

  await test.step("简报 Word: the same brief, with no page break", async () => {
    const { name, body } = await summary.download("brief-docx");
    expect(name).toBe(`brief-${AREA}-${YEAR}-zh.docx`);
    const text = docxText(body);
    expect(text).toContain("2025年度评估简报");
    expect(text).toContain("瓶颈诊断");
    const xml = strFromU8(unzipSync(new Uint8Array(body))["word/document.xml"]!);
    expect(xml).not.toMatch(/<w:br w:type="page"\/>|<w:pageBreakBefore/);
  });

  await test.step("in English, the brief is the English one", async () => {
    await new SiteHeader(page).languageSwitch.click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("download-brief")).toHaveText("Brief, PDF (one page)");
    const { name, body } = await summary.download("brief");
    expect(name).toBe(`brief-${AREA}-${YEAR}-en.pdf`);
    expect(await pageCount(body)).toBe(1);
    const text = await pdfText(body);
    expect(text).toContain("Evaluation brief 2025");
    expect(text).toContain("Bottlenecks");
    expect(text).not.toMatch(/[\u4e00-\u9fff]/);
    // Back to Chinese for whoever comes next on this browser's cookie.
    await new SiteHeader(page).languageSwitch.click();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  });
});

test("the national overview offers the year's one-page national brief", async ({ page }) => {
  const overview = new OverviewPage(page);
  await overview.goto(YEAR);
  await expect(overview.nationalBrief.getByRole("heading")).toHaveText("全国简报（一页）");

  const pdf = await overview.downloadBrief("pdf");
  expect(pdf.name).toBe(`brief-national-${YEAR}-zh.pdf`);
  expect(await pageCount(pdf.body)).toBe(1);
  const text = squeeze(await pdfText(pdf.body));
  for (const part of ["2025年度全国监测简报", "填报与审核进展", "等级分布", "综合指数领先的示范区", "连续评为“较差”的示范区", "本简报仅依据已审核通过的数据。"]) expect(text).toContain(part);

  const docx = await overview.downloadBrief("docx");
  expect(docx.name).toBe(`brief-national-${YEAR}-zh.docx`);
  expect(docxText(docx.body)).toContain("2025年度全国监测简报");
});

test("the briefs' addresses refuse what they do not make, with the API's errors", async ({ request }) => {
  const unknownFormat = await request.get(`/api/v1/overview/${YEAR}/brief?format=xlsx`);
  expect(unknownFormat.status()).toBe(400);
  expect((await unknownFormat.json()).error.code).toBe("bad_request");
  expect((await request.get(`/api/v1/overview/1990/brief`)).status()).toBe(404);
  expect((await request.get(`/api/v1/overview/20x5/brief`)).status()).toBe(400);
  expect((await request.get(`/api/v1/summaries/${AREA}/${YEAR}?format=brief-xlsx`)).status()).toBe(400);
});
