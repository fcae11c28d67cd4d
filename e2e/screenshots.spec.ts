import path from "node:path";
import { test } from "@playwright/test";

/**
 * Not assertions: pictures of every page type at the widths readers use, in
 * light and dark, saved under test-results/screenshots/ to be looked at.
 */
const PAGES = [
  ["home", "/"],
  ["article", "/articles/nato-allies-combat-russian-hybrid-attacks"],
  ["demo-article", "/articles/port-valden-to-host-compact-summit-as-drills-begin"],
  ["demo-nested", "/articles/fake-evacuation-alerts-hit-ruvenian-coastal-towns"],
  ["demo-hostile", "/articles/port-valden-council-website-defaced"],
  ["quote", "/articles/nato-allies-combat-russian-hybrid-attacks/quotes/q-arrests-across-the-alliance"],
  ["topic", "/topics/hybrid-threats"],
  ["topics", "/topics"],
  ["people", "/people"],
  ["person", "/people/jens-stoltenberg"],
  ["not-found", "/articles/no-such-story"],
] as const;
const WIDTHS = [320, 390, 1280] as const;

test.describe("screenshots", () => {
  test.skip(({ isMobile }) => isMobile, "widths are set per shot; the desktop project takes them all");
  for (const [name, url] of PAGES) {
    test(`${name}`, async ({ page }, info) => {
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(url);
          await page.screenshot({ path: path.join(info.project.outputDir, "screenshots", `${name}-${width}-${scheme}.png`), fullPage: true });
        }
      }
    });
  }
});
