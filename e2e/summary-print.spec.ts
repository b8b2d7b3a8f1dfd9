import { expect, test } from "./fixtures";
import { SummaryPage } from "./pages/summary-page";

// Printing the summary from a wide window: its charts are drawn at the printed page's width (170 mm),
// not shrunk from the screen's, so their labels stay readable on paper.

/** Font sizes, in points, of the PDF's text pieces equal to `text`. */
async function pdfFontSizes(file: Buffer, text: string): Promise<number[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(file), useSystemFonts: false, isEvalSupported: false }).promise;
  const sizes: number[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    for (const item of (await (await doc.getPage(p)).getTextContent()).items) {
      if ("str" in item && item.str === text) sizes.push(Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0));
    }
  }
  await doc.destroy();
  return sizes;
}

test("the progress chart prints at the page's width with its 12 px text at 9 pt", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const summary = new SummaryPage(page);
  await summary.goto("zigong", 2024);
  const chart = page.getByTestId("progress-overview-chart").locator("svg.recharts-surface[role=img]");
  await expect(chart).toBeVisible();
  const screenWidth = Number(await chart.getAttribute("width"));
  expect(screenWidth).toBeGreaterThan(900);

  // "150%" is the last tick of the chart's axis and nothing else on the page.
  const sizes = await pdfFontSizes(await page.pdf({ preferCSSPageSize: true }), "150%");
  expect(sizes).toHaveLength(1);
  // 12 px = 9 pt; drawn at the screen's width and scaled to 170 mm it would be 12 × 642 / 1086 px ≈ 5.3 pt.
  expect(sizes[0]).toBeCloseTo(9, 0);

  // Back on screen, the chart has the window's width again.
  await expect(chart).toHaveAttribute("width", String(screenWidth));
});

test("both summary charts take the print width while the page is in print media, and their own width after", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await new SummaryPage(page).goto("zigong", 2024);
  const charts = ["progress-overview-chart", "summary-radar"].map((id) => page.getByTestId(id).locator("svg.recharts-surface[role=img]"));
  for (const chart of charts) await expect(chart).toBeVisible();
  const screen = await Promise.all(charts.map((c) => c.getAttribute("width")));
  // 170 mm at 96 px an inch.
  await page.emulateMedia({ media: "print" });
  for (const chart of charts) await expect(chart).toHaveAttribute("width", "642");
  await page.emulateMedia({ media: "screen" });
  for (const [i, chart] of charts.entries()) await expect(chart).toHaveAttribute("width", screen[i]!);
  expect(screen.map(Number).every((w) => w !== 642)).toBe(true);
});
