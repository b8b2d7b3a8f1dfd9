import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { official } from "./pages/login-page";

// A phone-sized screen (390 × 844): nothing may force sideways scrolling.

test.use({ viewport: { width: 390, height: 844 } });

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth, widest } = await page.evaluate(() => {
    const innerWidth = window.innerWidth;
    // For the failure message: the elements that stick out on the right.
    const widest = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].join(".")} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: document.scrollingElement?.scrollWidth ?? 0, innerWidth, widest };
  });
  expect(scrollWidth, `page wider than the screen on ${page.url()}:\n${widest.join("\n")}`).toBeLessThanOrEqual(innerWidth);
}

test("the area page fits a phone screen", async ({ page }) => {
  await page.goto("/areas/zigong?group=rd");
  await expect(page.getByTestId("chart-hte_count").locator("svg[role=img]")).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.goto("/areas/zigong?group=industry");
  await expect(page.getByTestId("chart-industry-mix").locator("svg[role=img]")).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test("the policy documents and an area's official record fit a phone screen", async ({ page }) => {
  await page.goto("/policy");
  await expect(page.getByTestId("policy-timeline")).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.goto("/areas/hunan-central");
  await expect(page.getByTestId("official-record")).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test("the home page fits a phone screen", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("area-list")).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test("the entry form and the targets page fit a phone screen", async ({ page, signIn }) => {
  await signIn(official("zigong"));
  await expectNoHorizontalScroll(page);
  await page.goto("/areas/zigong/entry?year=2024");
  await expect(page.getByTestId("year-entry-form")).toBeVisible();
  await expectNoHorizontalScroll(page);
  // With messages shown under a field, too.
  await page.getByRole("textbox", { name: /^R&D经费投入强度 \(/ }).fill("9");
  await expect(page.getByTestId("error-rd_intensity")).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.goto("/areas/zigong/targets");
  await expect(page.getByRole("heading", { level: 1, name: "2025年目标" })).toBeVisible();
  await expectNoHorizontalScroll(page);
});
