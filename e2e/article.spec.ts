import { expect, test } from "@playwright/test";
import { DESKTOP_ONLY, PHONE_ONLY } from "./scope";
import { SEED_PATH, SEED_QUOTE_COUNT, SEED_SPEAKERS } from "./seed";

const body = (page: import("@playwright/test").Page) => page.locator(".article-body");

test.describe("seed article", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(SEED_PATH);
  });

  // Content and colours are the same at every width: checked once, except the highlighting itself.
  test("shows the article furniture", DESKTOP_ONLY, async ({ page }) => {
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

  test("gives each speaker a distinct colour", DESKTOP_ONLY, async ({ page }) => {
    const colours = new Set<string>();
    for (const speaker of SEED_SPEAKERS) {
      const bg = await body(page).locator(`.quote[data-speaker="${speaker.id}"]`).first().evaluate((el) => getComputedStyle(el).backgroundColor);
      colours.add(bg);
    }
    expect(colours.size).toBe(SEED_SPEAKERS.length);
  });

  test("links to its topics and to related articles", DESKTOP_ONLY, async ({ page }) => {
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

// The sidebar is a desktop layout.
test.describe("speaker key (desktop)", DESKTOP_ONLY, () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(SEED_PATH);
  });

  test("is always open, with no fold control, and stays in view while the story scrolls", async ({ page }) => {
    const panel = page.getByTestId("speaker-panel");
    await expect(panel.locator("summary")).toBeHidden();
    await expect(panel.getByRole("heading", { level: 2, name: /Who’s quoted \(3\)/ })).toBeVisible();
    // Beside the story, not above it.
    const panelBox = (await panel.locator("details").boundingBox())!;
    const storyBox = (await body(page).boundingBox())!;
    expect(panelBox.x).toBeGreaterThan(storyBox.x + storyBox.width);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await expect(panel.getByRole("heading", { level: 2, name: /Who’s quoted/ })).toBeInViewport();
  });

  test("lists the three speakers in order of first quote, with initials, role, kind and count", async ({ page }) => {
    const aside = page.getByRole("complementary", { name: /Who’s quoted/ });
    await expect(aside).toBeVisible();
    const entries = aside.locator("[data-speaker-entry]");
    await expect(entries).toHaveCount(3);
    for (const [i, speaker] of SEED_SPEAKERS.entries()) {
      const entry = entries.nth(i);
      await expect(entry).toHaveAttribute("data-speaker-entry", speaker.id);
      await expect(entry.locator(".speaker-key__name")).toHaveText(speaker.name);
      await expect(entry.locator(".speaker-key__swatch")).toHaveText(/^[A-Z]{2}$/);
      await expect(entry).toContainText(speaker.role);
      await expect(entry).toContainText(`${speaker.quotes} quote${speaker.quotes === 1 ? "" : "s"}`);
      await expect(entry).toContainText(speaker.id === "nato" ? "Organisation" : "Person");
    }
    // No excerpts or per-quote buttons: the key is a key, the story holds the quotes.
    await expect(aside.locator('a[href^="#q-"], button')).toHaveCount(0);
  });

  test("each speaker's page is linked after the story", async ({ page }) => {
    const people = page.getByRole("navigation", { name: "People in this story" });
    for (const speaker of SEED_SPEAKERS) {
      await expect(people.getByRole("link", { name: speaker.name, exact: true })).toHaveAttribute("href", `/people/${speaker.id}`);
    }
  });

  test("choosing a speaker dims the others, by mouse and by keyboard", async ({ page }) => {
    const aside = page.getByRole("complementary", { name: /Who’s quoted/ });
    await expect(page.locator("[data-article-root][data-ready]")).toHaveCount(1);
    const zelensky = aside.getByRole("radio", { name: /^Volodymyr Zelensky/ });
    const everyone = aside.getByRole("radio", { name: /^Everyone/ });
    await expect(everyone).toBeChecked();
    await aside.locator('[data-speaker-entry="volodymyr-zelensky"] label').click();
    await expect(zelensky).toBeChecked();
    await expect(body(page).locator('.quote[data-speaker="volodymyr-zelensky"]:not([data-dimmed])')).toHaveCount(1);
    await expect(body(page).locator(".quote[data-dimmed]")).toHaveCount(SEED_QUOTE_COUNT - 1);
    const dimmedBg = await body(page).locator('.quote[data-speaker="nato"]').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(dimmedBg).toBe("rgba(0, 0, 0, 0)");
    await expect(page.getByText("Showing only quotes by Volodymyr Zelensky")).toBeAttached();

    // The arrow keys move through the group (one Tab stop); Escape shows everyone again.
    await zelensky.focus();
    await page.keyboard.press("ArrowUp");
    await expect(aside.getByRole("radio", { name: /^NATO/ })).toBeChecked();
    await expect(body(page).locator(".quote[data-dimmed]")).toHaveCount(SEED_QUOTE_COUNT - 3);
    await page.keyboard.press("Escape");
    await expect(everyone).toBeChecked();
    await expect(body(page).locator(".quote[data-dimmed]")).toHaveCount(0);
    await expect(page.getByText("Showing quotes by everyone.")).toBeAttached();
  });
});

// The collapsible panel is the phone layout.
test.describe("speakers on a small screen", PHONE_ONLY, () => {

  test("fold into a collapsible “Who’s quoted (3)” panel near the top", async ({ page }) => {
    await page.goto(SEED_PATH);
    const panel = page.getByTestId("speaker-panel");
    const summary = panel.locator("summary");
    await expect(summary).toHaveText(/Who’s quoted \(3\)/);
    // Near the top: before the first paragraph of the story.
    const summaryTop = (await summary.boundingBox())!.y;
    const firstParagraphTop = (await body(page).locator("p").first().boundingBox())!.y;
    expect(summaryTop).toBeLessThan(firstParagraphTop);
    const rows = panel.locator("[data-speaker-entry]");
    await expect(rows.first()).toBeHidden();
    await summary.tap();
    await expect(panel.locator("details")).toHaveAttribute("open", "");
    await expect(rows).toHaveCount(3);
    for (const row of await rows.all()) await expect(row).toBeVisible();
  });

  test("everything in the panel fits inside it at 320px", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(SEED_PATH);
    const panel = page.getByTestId("speaker-panel");
    await panel.locator("summary").tap();
    const box = (await panel.locator("details").boundingBox())!;
    for (const part of await panel.locator(".speaker-key__row, .speaker-key__everyone, .speaker-key__name, .speaker-key__role").all()) {
      const b = (await part.boundingBox())!;
      const name = await part.innerText();
      expect(b.x, name).toBeGreaterThanOrEqual(box.x);
      expect(b.x + b.width, name).toBeLessThanOrEqual(box.x + box.width + 0.5);
    }
  });
});

test("below 1024px the speaker panel keeps to the text's column", DESKTOP_ONLY, async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 900 });
  await page.goto(SEED_PATH);
  const panel = (await page.getByTestId("speaker-panel").locator("details").boundingBox())!;
  const text = (await body(page).boundingBox())!;
  expect(panel.x).toBeCloseTo(text.x, 0);
  expect(panel.width).toBeLessThanOrEqual(text.width + 0.5);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the article reads fully, every quotation is attributed, and quote links still work", async ({ page, isMobile }) => {
    await page.goto(`${SEED_PATH}#q-opposite-effect`);
    await expect(body(page).locator(".quote")).toHaveCount(SEED_QUOTE_COUNT);
    await expect(page.locator("#q-opposite-effect")).toBeInViewport();
    // The labels are server-rendered: each paragraph names its speakers without a script.
    await expect(page.locator(".quote-tag[data-shown]").first()).toBeVisible();
    // The filter needs JavaScript, so none is offered; the key itself is all there.
    await expect(page.getByRole("radio")).toHaveCount(0);
    const container = page.getByTestId("speaker-panel");
    if (isMobile) await container.locator("summary").click();
    for (const speaker of SEED_SPEAKERS) await expect(container.getByText(speaker.role)).toBeVisible();
  });
});
