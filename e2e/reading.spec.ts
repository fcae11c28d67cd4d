import { expect, type Locator, type Page, test } from "@playwright/test";
import { DESKTOP_ONLY } from "./scope";
import { SEED_PATH, SEED_SPEAKERS } from "./seed";

/** The reading experience of issue #5: each test checks one promise and fails when it is broken. */

const LAST_QUOTE = "q-strategic-approach-to-russia";
const LIGHT_BG = "rgb(251, 250, 247)";
const DARK_BG = "rgb(18, 19, 22)";

const htmlBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

/** The list of speakers and their quotes: the sidebar on desktop, the opened panel on mobile. */
async function speakerList(page: Page, isMobile: boolean): Promise<Locator> {
  if (!isMobile) return page.getByTestId("speaker-panel");
  const panel = page.getByTestId("speaker-panel");
  await panel.locator("summary").click();
  await expect(panel.locator("details")).toHaveAttribute("open", "");
  return panel;
}

async function expectTarget(controls: Locator, what: string, min: number) {
  const count = await controls.count();
  expect(count, `no ${what} found`).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const box = await controls.nth(i).boundingBox();
    expect(box, `${what} #${i} is not rendered`).not.toBeNull();
    expect(box!.width, `${what} #${i} width`).toBeGreaterThanOrEqual(min - 0.5);
    expect(box!.height, `${what} #${i} height`).toBeGreaterThanOrEqual(min - 0.5);
  }
}

test.describe("tap targets", () => {
  test("every control on the article is at least 44×44 px", async ({ page, isMobile }) => {
    await page.goto(SEED_PATH);
    await expect(page.locator("[data-theme-toggle]")).toHaveAttribute("aria-pressed", /true|false/); // hydrated
    const list = await speakerList(page, isMobile);
    await expectTarget(page.getByRole("navigation", { name: "Sections" }).getByRole("link"), "section link", 44);
    await expectTarget(page.locator("[data-theme-toggle]"), "theme toggle", 44);
    await expectTarget(list.locator(".speaker-key__row, .speaker-key__everyone"), "speaker filter row", 44);
    await expectTarget(page.getByRole("navigation", { name: "People in this story" }).getByRole("link"), "person link", 44);
    await expectTarget(page.getByRole("navigation", { name: "Topics in this story" }).getByRole("link"), "topic link", 44);
    if (isMobile) await expectTarget(page.getByTestId("speaker-panel").locator("summary"), "speaker panel summary", 44);
  });

  test("the line holding a speaker's label is no taller than the others", async ({ page }) => {
    await page.goto(SEED_PATH);
    // The first paragraph with a label: its line boxes must all be the same height.
    const heights = await page.locator(".article-body p:has(.quote-tag[data-shown])").first().evaluate((p) => {
      const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
      const lines = Math.round(p.getBoundingClientRect().height / lineHeight);
      return { height: p.getBoundingClientRect().height, expected: lines * lineHeight };
    });
    expect(Math.abs(heights.height - heights.expected)).toBeLessThan(1);
  });
});

test("at 320 px the theme toggle sits beside the name and the sections fit on one line", DESKTOP_ONLY, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto("/");
  const toggle = page.locator("[data-theme-toggle]");
  await expect(toggle).toHaveAttribute("aria-pressed", /true|false/);
  const middle = (b: { y: number; height: number }) => b.y + b.height / 2;
  const brand = (await page.locator("header p a[href=\"/\"]").boundingBox())!;
  expect(Math.abs(middle((await toggle.boundingBox())!) - middle(brand))).toBeLessThan(4);
  const rows = new Set<number>();
  for (const link of await page.getByRole("navigation", { name: "Sections" }).getByRole("link").all()) {
    rows.add(Math.round(middle((await link.boundingBox())!)));
  }
  expect(rows.size).toBe(1);
});

test.describe("text", () => {
  test("story text is at least 16 px, in a 60–75 character measure on a wide screen", async ({ page, isMobile }) => {
    await page.goto("/articles/port-valden-to-host-compact-summit-as-drills-begin");
    const paragraphs = page.locator(".article-body > p");
    expect(await paragraphs.count()).toBeGreaterThan(3);
    for (const p of await paragraphs.all()) {
      const { fontSize, measure } = await p.evaluate((el) => {
        const ch = document.createElement("span");
        ch.style.cssText = "position:absolute;visibility:hidden;width:1ch";
        el.append(ch);
        const chWidth = ch.getBoundingClientRect().width;
        ch.remove();
        return { fontSize: parseFloat(getComputedStyle(el).fontSize), measure: el.getBoundingClientRect().width / chWidth };
      });
      expect(fontSize).toBeGreaterThanOrEqual(16);
      if (!isMobile) {
        expect(measure).toBeGreaterThanOrEqual(60);
        expect(measure).toBeLessThanOrEqual(75);
      }
    }
    // The standfirst reads as text too.
    const standfirst = page.locator("article header p").filter({ hasText: "Leaders are expected" });
    expect(parseFloat(await standfirst.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);
  });

  test("nothing scrolls sideways from 320 to 1920 px", async ({ page, isMobile }) => {
    test.setTimeout(90_000); // ten pages, three widths each
    const paths = [
      SEED_PATH,
      "/articles/fake-evacuation-alerts-hit-ruvenian-coastal-towns",
      `${SEED_PATH}/quotes/q-arrests-across-the-alliance`,
      "/",
      "/topics",
      "/topics/nato",
      "/people",
      "/people/nato",
      "/people/jens-stoltenberg",
      "/no-such-page",
    ];
    // The phone at its own width; the desktop project loads each page at the narrowest phone's width, then widens the
    // window to a tablet's and a wide screen's, as a reader turning a tablet or resizing a window does.
    const widths = isMobile ? [page.viewportSize()!.width] : [320, 768, 1920];
    for (const p of paths) {
      await page.setViewportSize({ width: widths[0]!, height: 900 });
      await page.goto(p);
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${p} is wider than ${width} px`).toBeLessThanOrEqual(0);
      }
    }
  });

  test("loading the article shifts no layout, and every font comes from this site", async ({ page, baseURL }) => {
    const offSite: string[] = [];
    page.on("request", (r) => !r.url().startsWith(baseURL!) && !r.url().startsWith("data:") && offSite.push(r.url()));
    await page.goto(SEED_PATH);
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => document.fonts.ready);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift).toBe(0);
    expect(offSite).toEqual([]);
    expect(await page.evaluate(() => [...document.fonts].some((f) => f.status === "loaded"))).toBe(true);
  });
});

test("italics in a story are set in the italic face, loaded only where used", DESKTOP_ONLY, async ({ page }) => {
  const italicFaces = () =>
    page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.style === "italic" && f.status === "loaded").length;
    });
  await page.goto(SEED_PATH); // no italics in it
  expect(await italicFaces()).toBe(0);
  await page.goto("/articles/damaged-cable-cuts-corvane-island-off");
  await expect(page.locator(".article-body em").first()).toBeVisible();
  expect(await italicFaces()).toBeGreaterThan(0);
});

test.describe("motion", DESKTOP_ONLY, () => {
  test("quote transitions stop when the reader asks for reduced motion", async ({ page }) => {
    const duration = () => page.locator(".article-body q.quote").first().evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
    await page.goto(SEED_PATH);
    expect(await duration()).toBeGreaterThan(0.1);
    await page.emulateMedia({ reducedMotion: "reduce" });
    expect(await duration()).toBeLessThan(0.001);
  });
});

// The theme's behaviour is the same at every width.
test.describe("theme", DESKTOP_ONLY, () => {
  test("follows the system setting until the reader chooses", async ({ page }) => {
    for (const [scheme, bg] of [
      ["light", LIGHT_BG],
      ["dark", DARK_BG],
    ] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/");
      expect(await htmlBackground(page)).toBe(bg);
      await expect(page.locator("html")).not.toHaveAttribute("data-theme");
      await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", String(scheme === "dark"));
    }
  });

  test("the choice is remembered and applied before the first paint", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(SEED_PATH);
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    // Keyboard operable: focus it and press Enter.
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(await htmlBackground(page)).toBe(DARK_BG);

    // Reload with every script bundle blocked: only the inline script in <head> can set the theme,
    // and an observer records what <html> says at the moment <body> is parsed, before anything paints.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const isScript = (url: URL) => url.pathname.endsWith(".js");
    await page.route(isScript, (route) => route.abort());
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe("dark");
    expect(await htmlBackground(page)).toBe(DARK_BG);
    await page.unroute(isScript);

    // Back to light, which is what the system asks for: the choice is forgotten and the page follows the system again.
    await page.reload();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    expect(await htmlBackground(page)).toBe(LIGHT_BG);
    await expect(page.locator("html")).not.toHaveAttribute("data-theme");
    await page.emulateMedia({ colorScheme: "dark" });
    await page.reload();
    expect(await htmlBackground(page)).toBe(DARK_BG);
  });

  test("the browser's toolbar colour follows the chosen theme, from the first paint", async ({ page }) => {
    // What a browser shows: the first theme-color tag, in document order, whose media matches.
    const toolbar = () =>
      page.evaluate(() => {
        const metas = [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')];
        return { colour: metas.find((m) => !m.media || matchMedia(m.media).matches)?.content, tags: metas.length };
      });
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(SEED_PATH);
    expect(await toolbar()).toEqual({ colour: "#fbfaf7", tags: 2 });
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(await toolbar()).toEqual({ colour: "#121316", tags: 3 });
    // With every bundle blocked, the inline script in <head> sets it on load.
    const isScript = (url: URL) => url.pathname.endsWith(".js");
    await page.route(isScript, (route) => route.abort());
    await page.reload();
    expect(await toolbar()).toEqual({ colour: "#121316", tags: 3 });
    await page.unroute(isScript);
    // Hydration keeps the page's own tags as they were, beside the chosen one.
    await page.reload();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(await toolbar()).toEqual({ colour: "#121316", tags: 3 });
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    expect(await toolbar()).toEqual({ colour: "#fbfaf7", tags: 2 });
    // The system's own dark setting still gets the dark toolbar.
    await page.emulateMedia({ colorScheme: "dark" });
    expect((await toolbar()).colour).toBe("#121316");
  });

  test("an explicit light choice holds against a dark system", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(SEED_PATH);
    await page.getByRole("button", { name: "Dark theme" }).click();
    await page.goto("/people");
    expect(await htmlBackground(page)).toBe(LIGHT_BG);
    await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "false");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the page follows the system and offers no toggle", async ({ page }) => {
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto(SEED_PATH);
      expect(await htmlBackground(page)).toBe(DARK_BG);
      await expect(page.locator("[data-theme-toggle]")).toBeHidden();
      await expect(page.locator('input[name="speaker-filter"]').first()).toBeHidden();
    });
  });
});

test.describe("quote links", () => {
  test("opening a quote's address scrolls to it and marks it, with the panel still folded on mobile", async ({ page, isMobile }) => {
    await page.goto(`${SEED_PATH}#${LAST_QUOTE}`);
    const quote = page.locator(`#${LAST_QUOTE}`);
    await expect(quote).toBeInViewport();
    expect(await quote.evaluate((el) => el.matches(":target"))).toBe(true);
    // Marked: an outline in the speaker's colour that other quotes do not have.
    expect(await quote.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
    expect(await page.locator(".article-body q.quote").first().evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("none");
    if (isMobile) await expect(page.getByTestId("speaker-panel").locator("details")).not.toHaveAttribute("open");
  });
});

// Print has one layout.
test.describe("print", DESKTOP_ONLY, () => {
  test("the article prints without navigation, sidebar or controls, each quote's speaker written inline", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(SEED_PATH);
    await expect(page.locator("[data-theme-toggle]")).toBeVisible();
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    for (const hidden of [
      page.getByRole("navigation", { name: "Sections" }),
      page.locator("[data-theme-toggle]"),
      page.getByTestId("speaker-panel"),
      page.getByRole("navigation", { name: "Topics in this story" }),
      page.locator('input[name="speaker-filter"]').first(),
      page.locator(".quote-tag:not([data-shown])").first(),
      page.locator("footer"),
    ]) {
      await expect(hidden).toBeHidden();
    }
    await expect(page.locator("h1")).toBeVisible();
    // Paper is white whatever the screen showed.
    expect(await htmlBackground(page)).toBe("rgb(255, 255, 255)");
    for (const speaker of SEED_SPEAKERS) {
      const inline = page.locator(`.article-body q.quote[data-speaker="${speaker.id}"] + .quote-attribution`);
      for (const attribution of await inline.all()) {
        await expect(attribution).toBeVisible();
        await expect(attribution).toHaveText(` (${speaker.name})`);
        const box = (await attribution.boundingBox())!;
        expect(box.width).toBeGreaterThan(20);
      }
    }
  });
});

test.describe("article furniture", DESKTOP_ONLY, () => {
  test("kicker, headline, standfirst, byline, dateline and reading time", async ({ page }) => {
    await page.goto("/articles/port-valden-to-host-compact-summit-as-drills-begin");
    const header = page.locator("article > div > header");
    await expect(header.locator("p").first()).toContainText(/\S/); // the section
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(header).toContainText("Leaders are expected to agree common rules");
    await expect(header).toContainText("By Demo Desk");
    await expect(header.locator("time").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
    await expect(header).toContainText(/\d+ min read/);
    await expect(header).not.toContainText("Updated");
  });

  test("says when a story was updated", async ({ page }) => {
    await page.goto("/articles/tessaline-compact-agrees-to-pool-sea-patrol-data");
    const updated = page.locator("article header").getByText(/^Updated/);
    await expect(updated).toContainText("Updated 6 September 2024");
    await expect(updated.locator("time")).toHaveAttribute("datetime", "2024-09-06T08:10:00Z");
  });
});
