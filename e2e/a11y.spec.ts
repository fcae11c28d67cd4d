import { expect, test } from "@playwright/test";
import { axeViolations as violations } from "./axe";
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

for (const scheme of ["light", "dark"] as const) {
  for (const [name, path] of PAGES) {
    test(`${name} page has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
    });
  }
}

test("the article stays accessible with a speaker chosen and the panel open", async ({ page, isMobile }) => {
  await page.goto(SEED_PATH);
  const container = page.getByTestId("speaker-panel");
  if (isMobile) await container.locator("summary").click();
  await container.getByRole("button", { name: /Show only these quotes by NATO/ }).click();
  expect(await violations(page)).toEqual([]);
});

// The reader's own choice overrides the system's (data-theme): each theme must hold whichever way round it is set.
for (const [system, chosen] of [
  ["light", "dark"],
  ["dark", "light"],
] as const) {
  for (const [name, path] of [PAGES[0], PAGES[1], PAGES[2], PAGES[8]]) {
    test(`${name} page has no axe violations (${chosen} chosen on a ${system} system)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: system });
      await page.addInitScript((theme) => localStorage.setItem("onrecord-theme", theme), chosen);
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-theme", chosen);
      await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", String(chosen === "dark"));
      expect(await violations(page)).toEqual([]);
    });
  }
}

test("the article stays accessible with a quote's link just copied", async ({ page, context, baseURL, isMobile }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto(`${SEED_PATH}#q-opposite-effect`);
  const button = page.locator('.article-body [data-copy-quote="q-opposite-effect"]');
  if (isMobile) await button.tap();
  else await button.click();
  await expect(button).toHaveAttribute("data-copied", "copied");
  expect(await violations(page)).toEqual([]);
});

for (const [name, path] of PAGES) {
  test(`${name} page: one h1, the landmarks, and a skip link that works`, async ({ page, isMobile }) => {
    test.skip(isMobile && name !== "article", "the structure is the same at every width; the article is checked on mobile too");
    await page.goto(path);
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("main")).toHaveCount(1);
    await expect(page.getByRole("contentinfo")).toHaveCount(1);
    await expect(page.getByRole("navigation", { name: "Sections" })).toHaveCount(1);
    // The first Tab lands on the skip link, which shows itself and moves focus to the content.
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });
}

test("a keyboard reader can pass the speaker panel in one step", async ({ page, isMobile }) => {
  test.skip(isMobile, "keyboard use is checked on desktop, where the panel is open");
  await page.goto(SEED_PATH);
  await expect(page.locator("[data-theme-toggle]")).toHaveAttribute("aria-pressed", /true|false/);
  const skip = page.getByTestId("speaker-panel").getByRole("link", { name: "Skip to the story" });
  // Hidden until reached: it takes no room in the panel.
  expect((await skip.boundingBox())!.height).toBeLessThanOrEqual(1);
  let tabs = 0;
  while (!(await skip.evaluate((el) => el === document.activeElement)) && tabs++ < 15) await page.keyboard.press("Tab");
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  expect((await skip.boundingBox())!.height).toBeGreaterThanOrEqual(43.5);
  await page.keyboard.press("Enter");
  await expect(page.locator("#story-text")).toBeFocused();
  // The next stop is in the story, not in the panel.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("#story-text")))).toBe(true);
});

test("keyboard focus is always visible", async ({ page, isMobile }) => {
  test.skip(isMobile, "keyboard use is checked on desktop");
  await page.goto(SEED_PATH);
  await expect(page.locator("[data-theme-toggle]")).toHaveAttribute("aria-pressed", /true|false/);
  // Every stop for the first 30 Tabs (header, the story's controls, the sidebar) shows a 3px outline.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return { what: el.outerHTML.slice(0, 80), outline: style.outlineStyle, width: parseFloat(style.outlineWidth), opacity: style.opacity, size: box.width * box.height };
    });
    expect(focused.outline, focused.what).toBe("solid");
    expect(focused.width, focused.what).toBeGreaterThanOrEqual(2);
    expect(focused.opacity, focused.what).toBe("1");
    expect(focused.size, focused.what).toBeGreaterThan(0);
  }
});
