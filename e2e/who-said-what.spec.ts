import { expect, type Locator, type Page, test } from "@playwright/test";
import { homeSlot } from "../lib/speaker-colour/assign";
import { SPEAKER_PALETTE } from "../lib/speaker-colour/palette";
import { axeViolations } from "./axe";
import { CROWDED_SPEAKERS, writeCrowdedArticle } from "./crowded";
import { pressWords } from "./press";
import { DESKTOP_ONLY, PHONE_ONLY } from "./scope";
import { SEED_PATH, SEED_QUOTE_COUNT, SEED_SPEAKERS } from "./seed";

/**
 * Issue #21: a reader always knows who said each quotation, on a laptop and a
 * phone, in light and dark. Sizes and schemes are set inside each test (one
 * build, two projects): the desktop project checks 1280×720 and 1280×900,
 * the mobile project (a touch screen) 390×844.
 */
const DESKTOP = [
  { width: 1280, height: 720 },
  { width: 1280, height: 900 },
] as const;
const PHONE = { width: 390, height: 844 } as const;
const SCHEMES = ["light", "dark"] as const;
/** "Stoltenberg did not comment … a Russian campaign, “organized by …”": a quotation with a lead-in before it. */
const LEAD_IN_QUOTE = "q-hostile-actions";

const sizesFor = (isMobile: boolean) => (isMobile ? [PHONE] : DESKTOP);
const ready = (page: Page) => expect(page.locator("[data-article-root][data-ready]")).toHaveCount(1);
const shortName = (name: string) => (name === "NATO" ? "NATO" : name.split(" ").at(-1)!);

/** Each size and colour scheme a test covers, with the seed article opened and ready at it (at `hash`, if given). */
async function* seedLayouts(page: Page, sizes: readonly { width: number; height: number }[], hash = "") {
  for (const size of sizes) {
    await page.setViewportSize(size);
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${SEED_PATH}${hash}`);
      await ready(page);
      yield { size, scheme };
    }
  }
}

test("every quotation's speaker can be read without colour: a label on the first of a run, and on pointing or focus", async ({ page, isMobile }) => {
  test.setTimeout(120_000);
  for await (const { size, scheme } of seedLayouts(page, sizesFor(isMobile))) {
    const quotes = page.locator(".article-body q.quote");
    await expect(quotes).toHaveCount(SEED_QUOTE_COUNT);
    for (const quote of await quotes.all()) {
      const id = (await quote.getAttribute("data-speaker"))!;
      const name = SEED_SPEAKERS.find((s) => s.id === id)!.name;
      const tag = page.locator(`.quote-tag:has(+ #${await quote.getAttribute("id")})`);
      await expect(tag).toHaveText(shortName(name));
      // Named in its paragraph: its own label, or an earlier one for the same speaker in the same paragraph.
      const named = await quote.evaluate((q, sid) => {
        const block = q.closest("p, li, h2, h3, blockquote")!;
        return [...block.querySelectorAll(".quote-tag[data-shown]")].some(
          (t) => t.nextElementSibling?.getAttribute("data-speaker") === sid && t.compareDocumentPosition(q) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
      }, id);
      expect(named, `${await quote.getAttribute("id")} is named in its paragraph`).toBe(true);
      // Focus shows the label too, wherever it is.
      await quote.focus();
      await expect(tag).toBeVisible();
      await expect.poll(() => tag.evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
    }
  }
});

// Styles, not layout: checked once.
test("speakers differ by underline style as well as colour, and the page draws the palette that is tested for colour blindness", DESKTOP_ONLY, async ({ page }) => {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(SEED_PATH);
    const styles = new Set<string>();
    for (const speaker of SEED_SPEAKERS) {
      const drawn = await page.locator(`.article-body .quote[data-speaker="${speaker.id}"]`).first().evaluate((el) => {
        const probe = document.createElement("span");
        probe.style.color = getComputedStyle(el).getPropertyValue("--spk-fg");
        el.append(probe);
        const colour = getComputedStyle(probe).color;
        probe.remove();
        const style = getComputedStyle(el);
        return { colour, line: `${style.textDecorationStyle} ${style.textDecorationThickness}`, slot: Number(/speaker-(\d)/.exec(el.className)![1]) };
      });
      const hex = SPEAKER_PALETTE[drawn.slot]![scheme];
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      expect(drawn.colour, `${speaker.id} in ${scheme}`).toBe(`rgb(${r}, ${g}, ${b})`);
      styles.add(drawn.line);
    }
    expect(styles.size).toBe(SEED_SPEAKERS.length);
  }
});

// Colours, not layout: checked once.
test("one colour per person: the same on their own page as in the story", DESKTOP_ONLY, async ({ page }) => {
  for (const speaker of SEED_SPEAKERS) {
    await page.goto(SEED_PATH);
    const inStory = await page.locator(`.article-body .quote[data-speaker="${speaker.id}"]`).first().getAttribute("class");
    await page.goto(`/people/${speaker.id}`);
    const onPage = await page.locator("main figure").first().getAttribute("class");
    expect(inStory).toContain(`speaker-${homeSlot(speaker.id)}`);
    expect(onPage).toContain(`speaker-${homeSlot(speaker.id)}`);
  }
});

// On a phone the key is a folded panel (checked below).
test("the key fits: every speaker's name, role, count and filter on screen, at the top and mid-story, with no scrolling inside it", DESKTOP_ONLY, async ({ page }) => {
  test.setTimeout(90_000);
  for await (const { size, scheme } of seedLayouts(page, DESKTOP)) {
    const key = page.getByTestId("speaker-panel");
    for (const where of ["top", "middle"] as const) {
      if (where === "middle") await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2 - innerHeight / 2));
      const scroller = await key.locator("details[data-speaker-key]").evaluate((el) => ({ overflow: getComputedStyle(el).overflowY, tall: el.scrollHeight - el.clientHeight }));
      expect(["visible", "clip"]).toContain(scroller.overflow);
      expect(scroller.tall).toBeLessThanOrEqual(1);
      for (const speaker of SEED_SPEAKERS) {
        const row = key.locator(`[data-speaker-entry="${speaker.id}"]`);
        for (const part of [row.locator(".speaker-key__name"), row.getByText(speaker.role), row.getByText(/\d quotes?/), row.getByRole("radio")]) {
          await expect(part, `${speaker.id} at ${size.width}×${size.height} ${where} (${scheme})`).toBeInViewport({ ratio: 1 });
        }
      }
    }
  }
});

/** The key has no scrollbar of its own: nothing in it scrolls, and it is no taller than what it shows. */
async function expectNoInnerScroll(key: Locator, where: string) {
  const box = await key.locator("details[data-speaker-key]").evaluate((el) => ({ overflow: getComputedStyle(el).overflowY, tall: el.scrollHeight - el.clientHeight }));
  expect(["visible", "clip"], where).toContain(box.overflow);
  expect(box.tall, where).toBeLessThanOrEqual(1);
}

/**
 * What of the desktop key is off screen or wrong, in the browser, as a list
 * (empty when all is well): every row it shows (name, role, count, filter),
 * its “N more” (which must name the rest) and “Everyone” must be inside the
 * viewport, and nothing may scroll inside the key.
 */
function keyProblems(total: number): string[] {
  const key = document.querySelector<HTMLElement>("[data-testid=speaker-panel] details[data-speaker-key]")!;
  const off = (el: Element | null | undefined) => {
    if (!el) return true;
    const r = el.getBoundingClientRect();
    return r.width === 0 || r.height === 0 || r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth;
  };
  const problems: string[] = [];
  const rows = [...key.querySelectorAll<HTMLElement>("[data-speaker-entry]")].filter((li) => li.checkVisibility());
  if (rows.length === 0) problems.push("no rows shown");
  for (const li of rows) {
    for (const part of [".speaker-key__name", ".speaker-key__role", ".speaker-key__meta", "input[type=radio]"]) {
      if (off(li.querySelector(part))) problems.push(`${li.dataset.speakerEntry} ${part} off screen`);
    }
  }
  const more = [...key.querySelectorAll("button, summary")].find((b) => /^\d+ more$/.test(b.textContent!.trim()) && b.checkVisibility());
  if (rows.length < total) {
    if (more?.textContent!.trim() !== `${total - rows.length} more`) problems.push(`“${total - rows.length} more” missing (${more?.textContent})`);
    else if (off(more)) problems.push("“N more” off screen");
  }
  if (off(key.querySelector(".speaker-key__everyone input"))) problems.push("“Everyone” off screen");
  const overflow = getComputedStyle(key).overflowY;
  if (overflow !== "visible" && overflow !== "clip") problems.push(`key scrolls (overflow ${overflow})`);
  if (key.scrollHeight > key.clientHeight + 1) problems.push(`key is ${key.scrollHeight - key.clientHeight}px taller inside than out`);
  return problems;
}

test.describe("a story with nine speakers, read through preview", () => {
  let fixture: ReturnType<typeof writeCrowdedArticle>;
  test.beforeEach(({}, info) => {
    fixture = writeCrowdedArticle(`${info.project.name}-${info.testId.split("-").at(-1)!.slice(0, 12)}`);
  });
  test.afterEach(() => fixture.remove());

  const rowsOf = (key: Locator) => key.locator("[data-speaker-entry]");
  const moreOf = (key: Locator) => key.getByText(/^\d+ more$/);

  // On a phone the key is a folded panel (checked below).
  test("the key folds to the room it has: every row it shows and “N more” on screen, at the top and mid-story, with no scrolling inside it", DESKTOP_ONLY, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(DESKTOP[0]);
    await page.goto(fixture.previewUrl);
    await ready(page);
    await expect(page.getByText("Preview — not published")).toBeInViewport();
    const shownAt: number[] = [];
    for (const size of DESKTOP) {
      await page.setViewportSize(size);
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const where of ["top", "middle"] as const) {
          const at = `${size.width}×${size.height} ${where} (${scheme})`;
          await page.evaluate((mid) => window.scrollTo(0, mid ? document.documentElement.scrollHeight / 2 - innerHeight / 2 : 0), where === "middle");
          // One look at the whole key per state (retried while it re-folds after a resize): what of it is off screen.
          await expect.poll(() => page.evaluate(keyProblems, CROWDED_SPEAKERS.length), { message: at }).toEqual([]);
          if (where === "top") {
            shownAt.push(await rowsOf(page.getByTestId("speaker-panel")).filter({ visible: true }).count());
            expect(await axeViolations(page), at).toEqual([]);
          }
        }
      }
    }
    // The fold follows the room: a taller screen shows more speakers.
    expect(shownAt[2]!, `rows shown at 1280×720, 1280×900: ${shownAt.join(", ")}`).toBeGreaterThan(shownAt[0]!);
  });

  // On a phone the key is a folded panel (checked below).
  test("“N more” shows every speaker with no scroll trap, and the key stays at most 4 Tab stops before the story", DESKTOP_ONLY, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(DESKTOP[0]);
    await page.goto(fixture.previewUrl);
    await ready(page);
    const key = page.getByTestId("speaker-panel");
    // Keyboard first, folded: the radio group and “N more”, then the story.
    let inKey = 0;
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      const at = await page.evaluate(() => {
        const el = document.activeElement!;
        return { key: !!el.closest("[data-testid=speaker-panel]"), story: !!el.closest("#story-text") };
      });
      if (at.story) break;
      if (at.key) inKey++;
    }
    expect(inKey, "Tab stops in the key before the story's first").toBeLessThanOrEqual(4);
    await moreOf(key).click();
    const last = CROWDED_SPEAKERS.at(-1)!;
    for (const speaker of CROWDED_SPEAKERS) await expect(key.locator(`[data-speaker-entry="${speaker.id}"] .speaker-key__name`)).toBeVisible();
    await expectNoInnerScroll(key, "expanded");
    // Mid-story, the expanded key scrolls with the page until its foot is on screen: the last speaker is never out of reach.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2 - innerHeight / 2));
    await expect(key.locator(`[data-speaker-entry="${last.id}"] .speaker-key__row`)).toBeInViewport({ ratio: 1 });
    await expect(key.getByRole("radio", { name: /Everyone/ })).toBeInViewport({ ratio: 1 });
    await key.locator(`[data-speaker-entry="${last.id}"] label`).click();
    await expect(page.getByTestId("filter-bar")).toContainText("Showing only Tessaline Compact");
    expect(await axeViolations(page)).toEqual([]);
    // Folded again, the key keeps the chosen speaker in view, in the last place, and still fits.
    await key.getByRole("button", { name: "Show fewer" }).click();
    await expect(moreOf(key)).toBeVisible();
    await expect(key.locator(`[data-speaker-entry="${last.id}"] .speaker-key__row`)).toBeVisible();
    await expect(key.getByRole("radio", { name: /^Tessaline Compact/ })).toBeChecked();
    await expectNoInnerScroll(key, "folded with a chosen speaker from under “N more”");
  });

  // The folded panel is the phone's key.
  test("on a phone the panel opens on all nine speakers, each reachable and each a filter", PHONE_ONLY, async ({ page }) => {
    test.setTimeout(60_000);
    const key = page.getByTestId("speaker-panel");
    await page.goto(fixture.previewUrl);
    await ready(page);
    await key.locator(".speaker-panel__summary").tap();
    // Each speaker scrolled to in turn (the panel is in the page's flow): shown, and wholly on screen.
    const unreachable = await page.evaluate((ids) => {
      return ids.filter((id) => {
        const row = document.querySelector(`[data-speaker-entry="${id}"] .speaker-key__row`);
        if (!row?.checkVisibility()) return true;
        row.scrollIntoView({ block: "center" });
        const r = row.getBoundingClientRect();
        return r.height === 0 || r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth;
      });
    }, CROWDED_SPEAKERS.map((s) => s.id));
    expect(unreachable, "speakers not shown on screen in the open panel").toEqual([]);
    await expectNoInnerScroll(key, "open panel");
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), scheme).toEqual([]);
    }
    await key.locator(`[data-speaker-entry="${CROWDED_SPEAKERS.at(-1)!.id}"] label`).tap();
    await expect(key.locator("details[data-speaker-key]")).not.toHaveAttribute("open");
    await expect(page.getByTestId("filter-bar")).toContainText("Showing only Tessaline Compact");
  });
});

// Keyboard use is checked on the desktop sizes.
test("story first for the keyboard: at most 4 Tab stops in the key, then every quotation, each showing its speaker", DESKTOP_ONLY, async ({ page }) => {
  for (const size of DESKTOP) {
    await page.setViewportSize(size);
    await page.goto(SEED_PATH);
    await ready(page);
    let inKey = 0;
    const reached: string[] = [];
    for (let i = 0; i < 60 && reached.length < SEED_QUOTE_COUNT; i++) {
      await page.keyboard.press("Tab");
      const at = await page.evaluate(() => {
        const el = document.activeElement!;
        return { key: !!el.closest("[data-testid=speaker-panel]"), story: !!el.closest("#story-text"), quote: el.matches(".quote") ? el.id : null };
      });
      if (at.key) inKey++;
      if (at.quote) {
        reached.push(at.quote);
        await expect(page.locator(`.quote-tag:has(+ #${at.quote})`)).toBeVisible();
      }
      if (at.story && reached.length === 0) expect(inKey, "Tab stops in the key before the story's first").toBeLessThanOrEqual(4);
    }
    expect(new Set(reached).size).toBe(SEED_QUOTE_COUNT);
  }
});

test("a link to a quotation lands in context: a third of the way down, lead-in visible, speaker named, focus on it", async ({ page, isMobile }) => {
  test.setTimeout(90_000);
  for await (const { size, scheme } of seedLayouts(page, sizesFor(isMobile), `#${LEAD_IN_QUOTE}`)) {
    const quote = page.locator(`#${LEAD_IN_QUOTE}`);
    await expect(quote).toBeFocused();
    const at = await quote.evaluate((q) => ({ top: q.getBoundingClientRect().top / innerHeight, lead: q.closest("p")!.getBoundingClientRect().top }));
    expect(at.top, `${size.width}×${size.height}`).toBeGreaterThanOrEqual(0.15);
    expect(at.top, `${size.width}×${size.height}`).toBeLessThanOrEqual(0.5);
    // The paragraph's first line, the words leading up to the quote, is on screen.
    expect(at.lead).toBeGreaterThanOrEqual(0);
    const tag = page.locator(`.quote-tag:has(+ #${LEAD_IN_QUOTE})`);
    await expect(tag).toBeInViewport();
    await expect(tag).toHaveText("Stoltenberg");
  }
});

test("a chosen speaker is shown where the reader is, with a bar to undo it", async ({ page, isMobile }) => {
  test.setTimeout(90_000);
  for await (const { size, scheme } of seedLayouts(page, sizesFor(isMobile))) {
    const key = page.getByTestId("speaker-panel");
    if (isMobile) {
      await key.locator("summary").tap();
      await key.locator('[data-speaker-entry="volodymyr-zelensky"] label').tap();
      // The panel closes, so the story is what the reader sees.
      await expect(key.locator("details")).not.toHaveAttribute("open");
    } else {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await key.locator('[data-speaker-entry="volodymyr-zelensky"] label').click();
    }
    await expect(page.locator('.article-body .quote[data-speaker="volodymyr-zelensky"]').first()).toBeInViewport();
    const bar = page.getByTestId("filter-bar");
    await expect(bar).toBeInViewport();
    await expect(bar).toContainText("Showing only Zelensky");
    await bar.getByRole("button", { name: "Show everyone’s quotes" }).click();
    await expect(bar).toHaveCount(0);
    await expect(page.locator(".quote[data-dimmed]")).toHaveCount(0);
  }
});

test.describe("sharing a quotation", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  });

  test("one click or tap on a quotation opens its sheet; Copy link gives the quote's own page, which links back in context", async ({ page, isMobile, baseURL }) => {
    test.setTimeout(90_000);
    for (const size of sizesFor(isMobile)) {
      await page.setViewportSize(size);
      await page.goto(SEED_PATH);
      await ready(page);
      // No buttons inside the sentences.
      await expect(page.locator(".article-body button")).toHaveCount(0);
      const quote = page.locator(`#${LEAD_IN_QUOTE}`);
      await pressWords(page, quote, isMobile);
      const sheet = page.getByTestId("quote-sheet");
      await expect(sheet).toBeVisible();
      await expect(sheet.getByRole("link", { name: "Jens Stoltenberg" })).toHaveAttribute("href", "/people/jens-stoltenberg");
      await expect(sheet).toContainText("NATO Secretary-General");
      if (isMobile) {
        // A sheet at the foot of the screen, the width of it.
        const box = (await sheet.boundingBox())!;
        expect(Math.abs(box.y + box.height - size.height)).toBeLessThanOrEqual(1);
        expect(box.width).toBeGreaterThanOrEqual(size.width - 1);
      } else {
        await expect(sheet).toBeInViewport({ ratio: 1 });
      }
      await sheet.getByRole("button", { name: "Copy link" }).click();
      await expect(sheet.getByRole("button", { name: "Link copied" })).toBeVisible();
      const url = await page.evaluate(() => navigator.clipboard.readText());
      expect(url).toBe(`${baseURL}${SEED_PATH}/quotes/${LEAD_IN_QUOTE}`);
      await page.keyboard.press("Escape");
      await expect(sheet).toBeHidden();
      await expect(quote).toBeFocused();
      await page.goto(url);
      await expect(page.getByRole("link", { name: "Read it in context" })).toHaveAttribute("href", `${SEED_PATH}#${LEAD_IN_QUOTE}`);
    }
  });

  // Keyboard use is checked on desktop.
  test("Enter on a focused quotation opens the same sheet", DESKTOP_ONLY, async ({ page }) => {
    await page.goto(SEED_PATH);
    await ready(page);
    await page.locator("#q-opposite-effect").focus();
    await page.keyboard.press("Enter");
    const sheet = page.getByTestId("quote-sheet");
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole("button", { name: "Copy link" })).toBeFocused();
  });

  // The same code at every width.
  test("where the clipboard is refused, the link is shown to copy by hand", DESKTOP_ONLY, async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("refused", "NotAllowedError"));
    });
    await page.goto(SEED_PATH);
    await ready(page);
    await pressWords(page, page.locator("#q-opposite-effect"), false);
    const sheet = page.getByTestId("quote-sheet");
    await sheet.getByRole("button", { name: "Copy link" }).click();
    await expect(sheet.getByRole("textbox")).toHaveValue(`${baseURL}${SEED_PATH}/quotes/q-opposite-effect`);
  });
});

// Marks, counts and links are the same at every width.
test("a quotation over two paragraphs reads as one: closed only at its end, counted once, shared as a whole", DESKTOP_ONLY, async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const story = "/articles/damaged-cable-cuts-corvane-island-off";
  const [first, second] = ["q-anchors-checked-at-breakwater", "q-anchors-checked-at-breakwater-2"];
  await page.goto(story);
  await ready(page);
  const marks = (id: string) =>
    page.locator(`#${id}`).evaluate((el) => [getComputedStyle(el, "::before").content, getComputedStyle(el, "::after").content]);
  // News style: each paragraph opens with a mark, and only the last one closes.
  expect(await marks(first)).toEqual(["open-quote", "no-close-quote"]);
  expect(await marks(second)).toEqual(["open-quote", "close-quote"]);
  // Tobias Quell is quoted three times in the story, not four.
  await expect(page.locator('[data-speaker-entry="tobias-quell"]')).toContainText("3 quotes");
  // The second paragraph shares the whole quotation's page, which has every word of it.
  await pressWords(page, page.locator(`#${second}`), false);
  const sheet = page.getByTestId("quote-sheet");
  await sheet.getByRole("button", { name: "Copy link" }).click();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toBe(`${baseURL}${story}/quotes/${first}`);
  await page.goto(url);
  await expect(page.locator("h1")).toContainText("before a ship may leave. If that costs a crossing an hour");
});

test("the front page is about who said what: the lead story with a pull quote and its speaker, quotes on the others", async ({ page, isMobile }) => {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    const lead = page.locator("[data-lead-story]");
    await expect(lead).toHaveCount(1);
    const pull = lead.locator("figure.story-quote");
    await expect(pull).toBeVisible();
    await expect(pull.locator("blockquote")).toHaveText(/^“.{40,}”$/);
    await expect(pull.locator("figcaption")).not.toBeEmpty();
    // Above the fold, headline and quotation both, on a laptop and a phone.
    if (!isMobile) await page.setViewportSize(DESKTOP[0]);
    await expect(pull).toBeInViewport();
    const quoted = page.locator("main article:not([data-lead-story]) figure.story-quote");
    expect(await quoted.count()).toBeGreaterThanOrEqual(3);
    // No story that reads like a hacked site.
    await expect(page.locator("main")).not.toContainText("<script");
  }
});

// Content, not layout: checked once.
test("fictional people are marked as demo wherever people are listed", DESKTOP_ONLY, async ({ page }) => {
  await page.goto("/people");
  const rows = page.locator("main ol > li");
  for (const row of await rows.all()) {
    const name = (await row.locator(".font-serif").first().innerText()).trim();
    const real = ["Jens Stoltenberg", "NATO", "Volodymyr Zelensky"].includes(name);
    await expect(row.locator(".demo-badge"), name).toHaveCount(real ? 0 : 1);
  }
  await page.goto("/people/mira-castellan");
  await expect(page.locator("main header .demo-badge")).toHaveText("Demo content");
  await expect(page.getByRole("note")).toContainText("fictional");
  await page.goto("/people/nato");
  await expect(page.locator("main header .demo-badge")).toHaveCount(0);
  await expect(page.getByRole("note")).toHaveCount(0);
});
