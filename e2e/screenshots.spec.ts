import path from "node:path";
import { test } from "@playwright/test";
import { pressWords } from "./press";

/**
 * Not assertions: pictures of every page type at the widths readers use, in
 * light and dark, saved under test-results/screenshots/ to be looked at.
 */
const PAGES = [
  ["home", "/"],
  ["article", "/articles/nato-allies-combat-russian-hybrid-attacks"],
  ["demo-article", "/articles/port-valden-to-host-compact-summit-as-drills-begin"],
  ["demo-nested", "/articles/fake-evacuation-alerts-hit-ruvenian-coastal-towns"],
  ["quote", "/articles/nato-allies-combat-russian-hybrid-attacks/quotes/q-arrests-across-the-alliance"],
  ["topic", "/topics/hybrid-threats"],
  ["topics", "/topics"],
  ["people", "/people"],
  ["person", "/people/jens-stoltenberg"],
  ["not-found", "/articles/no-such-story"],
] as const;
const WIDTHS = [320, 390, 768, 1280] as const;

test.describe("screenshots", () => {
  test.skip(({ isMobile }) => isMobile, "widths are set per shot; the desktop project takes them all");
  // Eight full-page shots per page type: more than the default 30 s on a busy machine.
  test.describe.configure({ timeout: 120_000 });
  for (const [name, url] of PAGES) {
    test(`${name}`, async ({ page }, info) => {
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(url);
          // Hydrated, so the theme toggle shows its state as a reader sees it.
          await page.locator("[data-theme-toggle][aria-pressed]").waitFor();
          await page.screenshot({ path: path.join(info.project.outputDir, "screenshots", `${name}-${width}-${scheme}.png`), fullPage: true });
        }
      }
    });
  }
});

test("article on a touch screen", async ({ page, isMobile }, info) => {
  test.skip(!isMobile, "the mobile project is the touch device");
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(PAGES[1][1]);
    await page.locator("[data-theme-toggle][aria-pressed]").waitFor();
    await page.screenshot({ path: path.join(info.project.outputDir, "screenshots", `article-390-touch-${scheme}.png`), fullPage: true });
    // The key's panel open, then a quotation's sheet, as a reader's thumb leaves them.
    await page.getByTestId("speaker-panel").locator("summary").tap();
    await page.screenshot({ path: path.join(info.project.outputDir, "screenshots", `article-390-panel-${scheme}.png`) });
    await page.getByTestId("speaker-panel").locator("summary").tap();
    await pressWords(page, page.locator("#q-hostile-actions"), true);
    await page.getByTestId("quote-sheet").waitFor();
    await page.screenshot({ path: path.join(info.project.outputDir, "screenshots", `article-390-sheet-${scheme}.png`) });
    await page.keyboard.press("Escape");
  }
});

test("article, printed", async ({ page, isMobile }, info) => {
  test.skip(isMobile, "print has one layout");
  const dir = path.join(info.project.outputDir, "screenshots");
  // Printed from a dark screen: paper is light whatever the screen showed.
  await page.emulateMedia({ colorScheme: "dark" });
  for (const [name, url] of [PAGES[1], PAGES[2]]) {
    await page.goto(url);
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    await page.pdf({ path: path.join(dir, `${name}-print.pdf`), format: "A4", printBackground: true });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: path.join(dir, `${name}-print.png`), fullPage: true });
    await page.emulateMedia({ media: "screen", colorScheme: "dark" });
  }
});
