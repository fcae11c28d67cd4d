import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

/** The WCAG 2.2 AA rules plus axe's best practices: the bar for every page. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** axe-core's browser build, read once per worker. */
let axeSource: string | undefined;

/**
 * axe's violations on the page as it stands, one line per rule and its nodes.
 *
 * axe is put into the page once and run in place after that, so a test that
 * checks one page at several sizes, schemes or states pays for the injection
 * (seconds on a busy machine) once. It is evaluated as the test runner's own
 * code, which the page's Content Security Policy does not govern.
 *
 * Before each run, transitions in flight are let finish: a scheme switched a
 * moment ago still has colours on their way, and axe would measure contrast
 * half-way through.
 *
 * axe treats everything inside a closed `<details>` as hidden. From 1024px the
 * speaker panel is a closed `<details>` whose content is shown anyway (its
 * summary hidden, `::details-content` visible: see globals.css), and Chromium
 * exposes that content to assistive technology. So where the summary is hidden
 * the panel is marked open first, which changes nothing on screen, and axe
 * checks what readers get instead of skipping it (and calling the sidebar
 * empty).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) {
    axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
    await page.evaluate(axeSource);
  }
  return page.evaluate(async (tags) => {
    const settled = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(settled.map((a) => a.finished.catch(() => undefined)));
    for (const details of document.querySelectorAll<HTMLDetailsElement>(".speaker-panel > details")) {
      const summary = details.querySelector("summary");
      if (summary && getComputedStyle(summary).display === "none") details.open = true;
    }
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const { violations } = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, AXE_TAGS);
}
