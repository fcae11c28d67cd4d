import { expect, test } from "@playwright/test";
import { SEED_PATH, SEED_QUOTE_COUNT, SEED_SPEAKERS } from "./seed";

const body = (page: import("@playwright/test").Page) => page.locator(".article-body");

test.describe("seed article", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(SEED_PATH);
  });

  test("shows the article furniture", async ({ page }) => {
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator("h1")).toHaveText("NATO chief: Allies combat Russian hybrid attacks with intelligence, more support for Ukraine");
    await expect(page.locator("article header").getByText("Defense", { exact: true })).toBeVisible();
    await expect(page.locator("article header time")).toHaveAttribute("datetime", /^2024-07-11/);
    await expect(page.locator("article header")).toContainText("11 July 2024");
    await expect(page.locator("article header")).toContainText(/\d+ min read/);
    // Real reporting: no demo label on the story itself (related demo stories may carry theirs).
    await expect(page.locator("article header").getByText("Demo content")).toHaveCount(0);
  });

  test("highlights all seven quotes, each attributed to its speaker", async ({ page }) => {
    const quotes = body(page).locator("q.quote, blockquote.quote");
    await expect(quotes).toHaveCount(SEED_QUOTE_COUNT);
    for (const speaker of SEED_SPEAKERS) {
      const theirs = body(page).locator(`.quote[data-speaker="${speaker.id}"]`);
      await expect(theirs).toHaveCount(speaker.quotes);
      for (const quote of await theirs.all()) {
        await expect(quote).toHaveAttribute("id", /^q-[a-z0-9-]+$/);
        // Highlighted: a tint behind the words, not the page's own background.
        const bg = await quote.evaluate((el) => getComputedStyle(el).backgroundColor);
        expect(bg).not.toBe("rgba(0, 0, 0, 0)");
        // Attributed in words, for screen readers: the text right after the quote names the speaker.
        const said = await quote.evaluate((el) => el.nextElementSibling?.textContent ?? "");
        expect(said).toContain(speaker.name);
      }
    }
    const ids = await quotes.evaluateAll((els) => els.map((e) => e.id));
    expect(new Set(ids).size).toBe(SEED_QUOTE_COUNT);
  });

  test("gives each speaker a distinct colour", async ({ page }) => {
    const colours = new Set<string>();
    for (const speaker of SEED_SPEAKERS) {
      const bg = await body(page).locator(`.quote[data-speaker="${speaker.id}"]`).first().evaluate((el) => getComputedStyle(el).backgroundColor);
      colours.add(bg);
    }
    expect(colours.size).toBe(SEED_SPEAKERS.length);
  });

  test("links to its topics and to related articles", async ({ page }) => {
    const topics = page.getByRole("navigation", { name: "Topics in this story" });
    await expect(topics.getByRole("link", { name: "NATO", exact: true })).toHaveAttribute("href", "/topics/nato");
    await expect(topics.getByRole("link")).toHaveCount(6);
    const related = page.getByRole("region", { name: "Related articles" });
    await expect(related.getByRole("link").first()).toBeVisible();
    await related.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+$/);
    await expect(page).not.toHaveURL(new RegExp(`${SEED_PATH}$`));
  });
});

test.describe("speaker sidebar (desktop)", () => {
  test.skip(({ isMobile }) => isMobile, "the sidebar is a desktop layout");
  test.beforeEach(async ({ page }) => {
    await page.goto(SEED_PATH);
  });

  test("is always open, with no fold control, and stays in view while the story scrolls", async ({ page }) => {
    const panel = page.getByTestId("speaker-panel");
    await expect(panel.locator("summary")).toBeHidden();
    await expect(panel.getByRole("heading", { level: 2, name: /Who’s quoted \(3\)/ })).toBeVisible();
    await expect(panel.locator('a[href^="#q-"]').last()).toBeVisible();
    // Beside the story, not above it.
    const panelBox = (await panel.locator("details").boundingBox())!;
    const storyBox = (await body(page).boundingBox())!;
    expect(panelBox.x).toBeGreaterThan(storyBox.x + storyBox.width);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await expect(panel.getByRole("heading", { level: 2, name: /Who’s quoted/ })).toBeInViewport();
  });

  test("lists the three speakers in order of first quote, with role, kind and count", async ({ page }) => {
    const aside = page.getByRole("complementary", { name: /Who’s quoted/ });
    await expect(aside).toBeVisible();
    const entries = aside.locator("[data-speaker-entry]");
    await expect(entries).toHaveCount(3);
    for (const [i, speaker] of SEED_SPEAKERS.entries()) {
      const entry = entries.nth(i);
      await expect(entry).toHaveAttribute("data-speaker-entry", speaker.id);
      await expect(entry.getByRole("link", { name: speaker.name, exact: true })).toHaveAttribute("href", `/people/${speaker.id}`);
      await expect(entry).toContainText(speaker.role);
      await expect(entry).toContainText(`${speaker.quotes} quote${speaker.quotes === 1 ? "" : "s"}`);
      await expect(entry).toContainText(speaker.id === "nato" ? "Organisation" : "Person");
      await expect(entry.locator('a[href^="#q-"]')).toHaveCount(speaker.quotes);
    }
  });

  test("each quote link jumps to its quote", async ({ page }) => {
    const links = page.getByRole("complementary", { name: /Who’s quoted/ }).locator('a[href^="#q-"]');
    await expect(links).toHaveCount(SEED_QUOTE_COUNT);
    for (const link of await links.all()) {
      const href = (await link.getAttribute("href"))!;
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      const target = page.locator(href);
      await expect(target).toBeInViewport();
      expect(await target.evaluate((el) => el.matches(":target"))).toBe(true);
    }
  });

  test("choosing a speaker dims the others, by mouse and by keyboard", async ({ page }) => {
    const aside = page.getByRole("complementary", { name: /Who’s quoted/ });
    const toggle = aside.getByRole("button", { name: "Show only these quotes by Volodymyr Zelensky" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(body(page).locator('.quote[data-speaker="volodymyr-zelensky"]:not([data-dimmed])')).toHaveCount(1);
    await expect(body(page).locator(".quote[data-dimmed]")).toHaveCount(SEED_QUOTE_COUNT - 1);
    const dimmedBg = await body(page).locator('.quote[data-speaker="nato"]').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(dimmedBg).toBe("rgba(0, 0, 0, 0)");
    await expect(page.getByText("Showing only quotes by Volodymyr Zelensky")).toBeAttached();

    // Choosing another speaker moves the focus; Escape shows everyone again.
    const stoltenberg = aside.getByRole("button", { name: "Show only these quotes by Jens Stoltenberg" });
    await stoltenberg.focus();
    await page.keyboard.press("Enter");
    await expect(stoltenberg).toHaveAttribute("aria-pressed", "true");
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect(body(page).locator(".quote[data-dimmed]")).toHaveCount(SEED_QUOTE_COUNT - 3);
    await page.keyboard.press("Escape");
    await expect(stoltenberg).toHaveAttribute("aria-pressed", "false");
    await expect(body(page).locator(".quote[data-dimmed]")).toHaveCount(0);
    await expect(page.getByText("Showing quotes by everyone.")).toBeAttached();

    // Space toggles too, and pressing the chosen speaker again clears the choice.
    await stoltenberg.focus();
    await page.keyboard.press("Space");
    await expect(body(page).locator(".quote[data-dimmed]")).toHaveCount(SEED_QUOTE_COUNT - 3);
    await page.keyboard.press("Space");
    await expect(body(page).locator(".quote[data-dimmed]")).toHaveCount(0);
  });
});

test.describe("speakers on a small screen", () => {
  test.skip(({ isMobile }) => !isMobile, "the collapsible panel is the mobile layout");

  test("fold into a collapsible “Who’s quoted (3)” panel near the top", async ({ page }) => {
    await page.goto(SEED_PATH);
    const panel = page.getByTestId("speaker-panel");
    const summary = panel.locator("summary");
    await expect(summary).toHaveText(/Who’s quoted \(3\)/);
    // Near the top: before the first paragraph of the story.
    const summaryTop = (await summary.boundingBox())!.y;
    const firstParagraphTop = (await body(page).locator("p").first().boundingBox())!.y;
    expect(summaryTop).toBeLessThan(firstParagraphTop);

    const links = panel.locator('a[href^="#q-"]');
    await expect(links.first()).toBeHidden();
    await summary.tap();
    await expect(panel.locator("details")).toHaveAttribute("open", "");
    await expect(links).toHaveCount(SEED_QUOTE_COUNT);
    await links.last().tap();
    const href = (await links.last().getAttribute("href"))!;
    await expect(page.locator(href)).toBeInViewport();
  });

  test("everything in the panel fits inside it at 320px", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(SEED_PATH);
    const panel = page.getByTestId("speaker-panel");
    await panel.locator("summary").tap();
    await expect(panel.getByRole("button").first()).toBeVisible();
    for (const entry of await panel.locator("[data-speaker-entry]").all()) {
      const box = (await entry.boundingBox())!;
      for (const control of await entry.locator("button, a").all()) {
        const b = (await control.boundingBox())!;
        const name = await control.innerText();
        expect(b.x, name).toBeGreaterThanOrEqual(box.x);
        expect(b.x + b.width, name).toBeLessThanOrEqual(box.x + box.width + 0.5);
      }
    }
  });

  test("the filter works from the panel too", async ({ page }) => {
    await page.goto(SEED_PATH);
    const panel = page.getByTestId("speaker-panel");
    await panel.locator("summary").tap();
    await panel.getByRole("button", { name: "Show only these quotes by NATO" }).tap();
    await expect(body(page).locator(".quote[data-dimmed]")).toHaveCount(SEED_QUOTE_COUNT - 3);
  });
});

test("below 1024px the speaker panel keeps to the text's column", async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 900 });
  await page.goto(SEED_PATH);
  const panel = (await page.getByTestId("speaker-panel").locator("details").boundingBox())!;
  const text = (await body(page).boundingBox())!;
  expect(panel.x).toBeCloseTo(text.x, 0);
  expect(panel.width).toBeLessThanOrEqual(text.width + 0.5);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the article reads fully and the quote links still work", async ({ page, isMobile }) => {
    await page.goto(SEED_PATH);
    await expect(body(page).locator(".quote")).toHaveCount(SEED_QUOTE_COUNT);
    // Toggles need JavaScript, so none is offered.
    await expect(page.getByRole("button", { name: /Show only these quotes/ })).toHaveCount(0);
    const container = page.getByTestId("speaker-panel");
    if (isMobile) await container.locator("summary").click();
    const link = container.locator('a[href^="#q-"]').nth(4);
    const href = (await link.getAttribute("href"))!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator(href)).toBeInViewport();
  });
});

test("nothing scrolls sideways at 320px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of [SEED_PATH, "/", "/topics", "/topics/nato", "/people", "/people/jens-stoltenberg", "/articles/no-such-article"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
  }
});
