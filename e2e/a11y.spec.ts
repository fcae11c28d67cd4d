import { expect, type Page, test } from "@playwright/test";
import { axeViolations as violations } from "./axe";
import { HOSTILE, writeHostileArticle } from "./hostile";
import { pressWords } from "./press";
import { DESKTOP_ONLY } from "./scope";
import { SEED_PATH } from "./seed";

const PAGES = [
  ["home", "/"],
  ["article", SEED_PATH],
  ["demo article", "/articles/port-valden-to-host-compact-summit-as-drills-begin"],
  ["quote share", `${SEED_PATH}/quotes/q-arrests-across-the-alliance`],
  ["topic", "/topics/hybrid-threats"],
  ["person", "/people/jens-stoltenberg"],
  ["organisation", "/people/nato"],
  ["topics index", "/topics"],
  ["people index", "/people"],
  ["404", "/articles/no-such-story"],
] as const;

const SCHEMES = ["light", "dark"] as const;

// One test per page type: the structure every page shares, and axe in each scheme. Colours do not
// depend on the width, and desktop audits every page light and dark; the phone audits each page's own layout in dark,
// and the article and home page, where the phone's layout differs most, in both.
const PHONE_BOTH_SCHEMES = new Set(["home", "article"]);

for (const [name, path] of PAGES) {
  test(`${name} page: one h1, the landmarks, a skip link that works, and no axe violations`, async ({ page, isMobile }) => {
    // Loaded once; the scheme switched in place (the stylesheet follows it, as it does when a reader's system switches).
    const schemes = isMobile && !PHONE_BOTH_SCHEMES.has(name) ? (["dark"] as const) : SCHEMES;
    await page.emulateMedia({ colorScheme: schemes[0] });
    await page.goto(path);
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await violations(page), scheme).toEqual([]);
    }
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

test("hostile text (a test fixture, read through preview) leaves the article accessible", async ({ page, request }, info) => {
  expect((await request.get("/api/health")).status()).toBe(200);
  const fixture = writeHostileArticle(`a11y-${info.project.name}`);
  try {
    await page.goto(fixture.previewUrl);
    await expect(page.locator(".article-body")).toContainText(HOSTILE);
    expect(await violations(page)).toEqual([]);
  } finally {
    fixture.remove();
  }
});

test("the article stays accessible with a speaker chosen and the panel open", async ({ page, isMobile }) => {
  await page.goto(SEED_PATH);
  const container = page.getByTestId("speaker-panel");
  await expect(page.locator("[data-article-root][data-ready]")).toHaveCount(1);
  if (isMobile) await container.locator("summary").click();
  await container.getByRole("radio", { name: /^NATO/ }).check();
  await expect(page.getByTestId("filter-bar")).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

// The laptop screen the issue measured on (the desktop project is 1280×900, the mobile one 390×844).
test("article page has no axe violations at 1280×720, light or dark", DESKTOP_ONLY, async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(SEED_PATH);
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await violations(page), scheme).toEqual([]);
  }
});

// The reader's own choice overrides the system's (data-theme). Rather than audit each page again, this proves that a
// chosen theme paints every element exactly as the same system setting does, which the audits above cover: a colour
// set only for the system's setting (a media query, a `dark:` utility) shows up as a difference. The same stylesheet
// serves every width, so it is checked on desktop.
const paintedColours = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("html, body, body *")].map((el) => {
      const s = getComputedStyle(el);
      return `${el.tagName} ${s.color} ${s.backgroundColor} ${s.borderTopColor} ${s.borderBottomColor} ${s.outlineColor} ${s.textDecorationColor} ${s.fill} ${s.boxShadow}`;
    }),
  );

for (const [name, path] of [PAGES[0], PAGES[1], PAGES[2], PAGES[8]]) {
  test(`${name} page: a theme chosen against the system's paints what that system setting paints`, DESKTOP_ONLY, async ({ page }) => {
    const bySystem: Record<string, string[]> = {};
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", String(scheme === "dark"));
      bySystem[scheme] = await paintedColours(page);
    }
    for (const [system, chosen] of [
      ["light", "dark"],
      ["dark", "light"],
    ] as const) {
      await page.emulateMedia({ colorScheme: system });
      await page.evaluate((theme) => localStorage.setItem("onrecord-theme", theme), chosen);
      await page.reload();
      await expect(page.locator("html")).toHaveAttribute("data-theme", chosen);
      await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", String(chosen === "dark"));
      const painted = await paintedColours(page);
      const expected = bySystem[chosen] ?? [];
      const differ = painted.flatMap((line, i) => (line === expected[i] ? [] : [`${line}  ≠  ${expected[i]}`]));
      expect(differ, `${chosen} chosen on a ${system} system`).toEqual([]);
      expect(painted.length).toBe(expected.length);
    }
  });
}

test("the article stays accessible with a quotation's sheet open and its link just copied", async ({ page, context, baseURL, isMobile }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto(`${SEED_PATH}#q-opposite-effect`);
  await expect(page.locator("[data-article-root][data-ready]")).toHaveCount(1);
  const quote = page.locator("#q-opposite-effect");
  await pressWords(page, quote, isMobile);
  const sheet = page.getByTestId("quote-sheet");
  await sheet.getByRole("button", { name: "Copy link" }).click();
  await expect(sheet.getByRole("button", { name: "Link copied" })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

// Keyboard use is checked on desktop.
test("keyboard focus is always visible", DESKTOP_ONLY, async ({ page }) => {
  await page.goto(SEED_PATH);
  await expect(page.locator("[data-theme-toggle]")).toHaveAttribute("aria-pressed", /true|false/);
  // Every stop from the top of the page to its end (header, the key, the story's quotations and links) shows a 3px outline.
  let stops = 0;
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return { what: el.outerHTML.slice(0, 80), outline: style.outlineStyle, width: parseFloat(style.outlineWidth), opacity: style.opacity, size: box.width * box.height };
    });
    if (focused.what.startsWith("<body")) break; // past the last stop
    stops++;
    expect(focused.outline, focused.what).toBe("solid");
    expect(focused.width, focused.what).toBeGreaterThanOrEqual(2);
    expect(focused.opacity, focused.what).toBe("1");
    expect(focused.size, focused.what).toBeGreaterThan(0);
  }
  expect(stops).toBeGreaterThan(20);
});
