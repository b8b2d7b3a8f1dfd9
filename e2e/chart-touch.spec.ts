import { expect, test } from "./fixtures";

// On a phone a chart's figures are read by tapping: the tapped year's tooltip stays once the finger
// is lifted, and goes when the reader taps somewhere else.

test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

test("tapping a bar of the population chart shows that year's figures until the next tap elsewhere", async ({ page }) => {
  await page.goto("/areas/zigong");
  const population = page.getByTestId("chart-population");
  const chart = population.locator("svg[role=img]");
  await expect(chart).toBeVisible();
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  // The last bar is the latest year, at the right end of the plot.
  await page.touchscreen.tap(box.x + box.width - 60, box.y + box.height / 2);
  const tooltip = population.getByTestId("chart-tooltip");
  await expect(tooltip).toContainText(/20\d\d/);
  await expect(tooltip).toContainText("净迁移率");

  await page.touchscreen.tap(box.x + box.width / 2, box.y - 40);
  await expect(tooltip).toHaveCount(0);
});
