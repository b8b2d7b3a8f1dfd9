import { expect, type Locator } from "@playwright/test";

/** One chart's <figure>: its drawing (loaded after the page), tooltip, spoken readout and the data table for screen readers. */
export class Chart {
  constructor(readonly figure: Locator) {}

  /** The recharts <svg>, named by the chart's description and focusable for the arrow keys. */
  get drawing(): Locator {
    return this.figure.locator("svg.recharts-surface[role=img]");
  }
  get tooltip(): Locator {
    return this.figure.getByTestId("chart-tooltip");
  }
  get readout(): Locator {
    return this.figure.getByTestId("chart-readout");
  }
  get table(): Locator {
    return this.figure.getByTestId("chart-data");
  }
  get description(): Locator {
    return this.figure.getByTestId("chart-description");
  }

  async expectDrawn() {
    await expect(this.drawing).toBeVisible();
  }

  /** The data table's body rows: the row's header (a year, an area, a dimension) and its cells. */
  async rows(): Promise<{ header: string; cells: string[] }[]> {
    return this.table.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({ header: tr.querySelector("th")?.textContent ?? "", cells: [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "") })),
    );
  }
}
