import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { SEED_PATH } from "./seed";

const PAGES = [
  ["home", "/"],
  ["article", SEED_PATH],
  ["demo article", "/articles/port-valden-to-host-compact-summit-as-drills-begin"],
  ["hostile-text demo article", "/articles/port-valden-council-website-defaced"],
  ["quote share", `${SEED_PATH}/quotes/q-arrests-across-the-alliance`],
  ["topic", "/topics/hybrid-threats"],
  ["person", "/people/jens-stoltenberg"],
  ["organisation", "/people/nato"],
  ["topics index", "/topics"],
  ["people index", "/people"],
  ["404", "/articles/no-such-story"],
] as const;

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

for (const scheme of ["light", "dark"] as const) {
  for (const [name, path] of PAGES) {
    test(`${name} page has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(summary).toEqual([]);
    });
  }
}

test("the article stays accessible with a speaker chosen and the panel open", async ({ page, isMobile }) => {
  await page.goto(SEED_PATH);
  const container = isMobile ? page.getByTestId("speaker-disclosure") : page.getByTestId("speaker-sidebar");
  if (isMobile) await container.locator("summary").click();
  await container.getByRole("button", { name: /Show only these quotes by NATO/ }).click();
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
