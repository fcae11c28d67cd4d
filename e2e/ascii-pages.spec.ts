import { expect, test } from "@playwright/test";
import { collectQuotes } from "../lib/content/tree";
import { getSite, publishedArticle } from "../lib/site/get-site";
import { SEED_PATH } from "./seed";

/**
 * `npm run build` rewrites every prerendered page as pure ASCII
 * (scripts/lib/ascii-html.ts) so the server sends it on Node's fast path.
 * These check both halves against the production build: the bytes served
 * are ASCII, and what the reader sees, what React hydrates and what crawlers
 * parse still hold the original characters.
 */
const published = getSite().summaries.map((s) => publishedArticle(s.slug)!);
const NON_ASCII = /[^\x00-\x7f]/;
const hasNonAscii = (s: string | undefined) => !!s && NON_ASCII.test(s);
const withTypography = published.filter((a) => hasNonAscii(a.headline) || hasNonAscii(a.standfirst));

test("the content has typographic characters for these tests to check", () => {
  expect(withTypography.length, "no published article has a character outside ASCII in its headline or standfirst").toBeGreaterThan(0);
});

test("every prerendered page is served as pure ASCII", async ({ request }) => {
  const paths = ["/", "/topics", "/people", "/no-such-page", ...published.map((a) => `/articles/${a.slug}`)];
  const offenders: string[] = [];
  for (const path of paths) {
    const res = await request.get(path);
    const body = (await res.body()).toString("latin1");
    const at = body.search(NON_ASCII);
    if (at !== -1) offenders.push(`${path}: byte ${at} of ${body.length}`);
  }
  expect(offenders).toEqual([]);
});

for (const article of withTypography) {
  test(`${article.slug}: the reader, React and crawlers see the original characters`, async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
    page.on("pageerror", (error) => errors.push(error.message));
    // Keep a copy of each payload chunk as the page's own scripts push it: Next.js empties the queue once it has read it.
    await page.addInitScript(() => {
      const w = globalThis as unknown as { __next_f: unknown[]; __payload: string[] };
      w.__payload = [];
      w.__next_f = [];
      w.__next_f.push = (...chunks: unknown[]) => {
        for (const c of chunks) if (Array.isArray(c) && typeof c[1] === "string") w.__payload.push(c[1]);
        return Array.prototype.push.apply(w.__next_f, chunks);
      };
    });
    await page.goto(`/articles/${article.slug}`);

    // Markup: text, RCDATA and attribute values, decoded by the HTML parser.
    await expect(page.locator("h1")).toHaveText(article.headline);
    expect(await page.title()).toContain(article.headline);
    if (article.standfirst) await expect(page.locator("article header")).toContainText(article.standfirst);
    const ogTitle = await page.locator('meta[property="og:title"]').getAttribute("content");
    expect(ogTitle).toBe(article.headline);

    // JSON-LD, decoded by JSON.parse.
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}");
    expect(jsonLd.headline).toBe(article.headline);

    // Next.js's payload, decoded by the JavaScript parser: React hydrates from these strings.
    const payload = await page.evaluate(() => (globalThis as unknown as { __payload: string[] }).__payload.join(""));
    expect(payload).toContain(JSON.stringify(article.headline).slice(1, -1));

    // Hydrated and interactive with no mismatch between server HTML and client render.
    await expect(page.locator("[data-article-root][data-ready]")).toHaveCount(collectQuotes(article).length > 0 ? 1 : 0);
    expect(errors).toEqual([]);
  });
}

test("the seed article's quotes keep their apostrophes and dashes", async ({ page }) => {
  const seed = published.find((a) => `/articles/${a.slug}` === SEED_PATH)!;
  await page.goto(SEED_PATH);
  const typographic = collectQuotes(seed).filter((q) => !q.nested && q.display === "inline" && hasNonAscii(q.text));
  expect(typographic.length, "the seed article has a quote with a character outside ASCII").toBeGreaterThan(0);
  for (const q of typographic) {
    const shown = (await page.locator(`[id="${q.id}"]`).textContent()) ?? "";
    expect(shown.replace(/\s+/g, " ")).toContain(q.text.replace(/\s+/g, " "));
  }
});
