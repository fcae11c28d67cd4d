import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** The WCAG 2.2 AA rules plus axe's best practices: the bar for every page. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * axe's violations on the page as it stands, one line per rule and its nodes.
 *
 * axe treats everything inside a closed `<details>` as hidden. From 1024px the
 * speaker panel is a closed `<details>` whose content is shown anyway (its
 * summary hidden, `::details-content` visible: see globals.css), and Chromium
 * exposes that content to assistive technology. So where the summary is hidden
 * the panel is marked open first, which changes nothing on screen, and axe
 * checks what readers get instead of skipping it (and calling the scrollable
 * sidebar empty).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>(".speaker-panel > details")) {
      const summary = details.querySelector("summary");
      if (summary && getComputedStyle(summary).display === "none") details.open = true;
    }
  });
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
