import path from "node:path";
import { test } from "@playwright/test";
import { pressWords } from "./press";
import { DESKTOP_ONLY, PHONE_ONLY } from "./scope";

/**
 * Not assertions: pictures of every page type at the widths readers use, in
 * light and dark, saved under screenshots/ to be looked at (`npm run screenshots`).
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

// Widths are set per shot: the desktop project takes them all.
test.describe("screenshots", DESKTOP_ONLY, () => {
  for (const [name, url] of PAGES) {
    test(`${name}`, async ({ page }, info) => {
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(url);
          // Hydrated, so the theme toggle shows its state as a reader sees it.
          await page.locator("[data-theme-toggle][aria-pressed]").waitFor();
          await page.screenshot({ path: path.join(info.project.outputDir, `${name}-${width}-${scheme}.png`), fullPage: true });
        }
      }
    });
  }
});

test("article on a touch screen", PHONE_ONLY, async ({ page }, info) => {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(PAGES[1][1]);
    await page.locator("[data-theme-toggle][aria-pressed]").waitFor();
    await page.screenshot({ path: path.join(info.project.outputDir, `article-390-touch-${scheme}.png`), fullPage: true });
    // The key's panel open, then a quotation's sheet, as a reader's thumb leaves them.
    await page.getByTestId("speaker-panel").locator("summary").tap();
    await page.screenshot({ path: path.join(info.project.outputDir, `article-390-panel-${scheme}.png`) });
    await page.getByTestId("speaker-panel").locator("summary").tap();
    await pressWords(page, page.locator("#q-hostile-actions"), true);
    await page.getByTestId("quote-sheet").waitFor();
    await page.screenshot({ path: path.join(info.project.outputDir, `article-390-sheet-${scheme}.png`) });
    await page.keyboard.press("Escape");
  }
});

// Print has one layout.
test("article, printed", DESKTOP_ONLY, async ({ page }, info) => {
  const dir = info.project.outputDir;
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
