import { expect, test } from "./fixtures";
import { Chart } from "./pages/chart";

// On a phone a chart's figures are read by tapping: the tapped point's tooltip stays once the finger
// is lifted, and goes when the reader taps somewhere else. Read signed out: approved years only, so
// the area is one whose years are approved to 2024 (changxing-etdz).

test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

test("tapping a bar of the population chart shows that year's figures until the next tap elsewhere", async ({ page }) => {
  await page.goto("/areas/changxing-etdz");
  const population = new Chart(page.getByTestId("chart-population"));
  await population.expectDrawn();
  await population.drawing.scrollIntoViewIfNeeded();
  const rows = await population.rows();
  const box = (await population.drawing.boundingBox())!;
  // The last bar is the latest year, at the right end of the plot (left of the population axis).
  await page.touchscreen.tap(box.x + box.width - 60, box.y + box.height / 2);
  await expect(population.tooltip).toContainText(rows.at(-1)!.header);
  await expect(population.tooltip).toContainText(`人口净迁移率（%）: ${rows.at(-1)!.cells[0]}`);

  await page.touchscreen.tap(box.x + box.width / 2, box.y - 40);
  await expect(population.tooltip).toHaveCount(0);
});

test("tapping the indicator chart near a year reads that year's value", async ({ page }) => {
  await page.goto("/areas/changxing-etdz?period=fyp14&group=rd");
  const chart = new Chart(page.getByTestId("chart-hte_count"));
  await chart.expectDrawn();
  await chart.drawing.scrollIntoViewIfNeeded();
  const rows = await chart.rows();
  const box = (await chart.drawing.boundingBox())!;
  // Each year's point stands above its label on the year axis.
  const tick = (await chart.drawing.getByText(rows[1]!.header, { exact: true }).boundingBox())!;
  await page.touchscreen.tap(tick.x + tick.width / 2, box.y + box.height / 2);
  await expect(chart.tooltip).toContainText(rows[1]!.header);
  await expect(chart.tooltip).toContainText(`实际值: ${rows[1]!.cells[0]}`);
  // Tapping another year moves the tooltip there.
  const later = (await chart.drawing.getByText(rows[3]!.header, { exact: true }).boundingBox())!;
  await page.touchscreen.tap(later.x + later.width / 2, box.y + box.height / 2);
  await expect(chart.tooltip).toContainText(`实际值: ${rows[3]!.cells[0]}`);
});

test("tapping a bar of the peer chart names that area and its value", async ({ page }) => {
  await page.goto("/compare?area=changxing-etdz&year=2024");
  const bars = new Chart(page.getByTestId("peer-bar-chart"));
  await bars.expectDrawn();
  await bars.drawing.scrollIntoViewIfNeeded();
  const rows = await bars.rows();
  const box = (await bars.drawing.boundingBox())!;
  // The first bar (largest value) is the first row under the median's label, 22 px high.
  await page.touchscreen.tap(box.x + box.width * 0.6, box.y + 24 + 11);
  await expect(bars.tooltip).toContainText(rows[0]!.header);
  await expect(bars.tooltip).toContainText(rows[0]!.cells[0]!);
});
