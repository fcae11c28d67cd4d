import { expect, test } from "@playwright/test";
import { collectQuotes } from "../lib/content/tree";
import { articleSchema } from "../lib/content/schema";
import { shareableQuote } from "../lib/seo/text";
import { HOSTILE, hostileArticle } from "./hostile";
import { type NextInstance, startNextInstance } from "./instance";
import { PUBLISH_TEST_SECRET, demoStory, fetchPage, liveWithin, privateContent, publishThrough } from "./publishing";
import { DESKTOP_ONLY } from "./scope";
import { E2E_PORT } from "./server-env";

/**
 * Publishing on one machine (no shared cache): a server of its own on a
 * private copy of the content, so what these tests publish never reaches the
 * pages other tests count. A new story, a correction and a takedown must show
 * on every page that shows the story on the first requests after the publish.
 */

const SLUG = "valden-harbour-lights-back-after-outage";
const TOPIC = "undersea-cables";
/** An article already in that topic, whose related list picks up the new story. */
const NEIGHBOUR = "/articles/damaged-cable-cuts-corvane-island-off";
const HEADLINE = "Valden harbour lights back on after a night-long outage";
const CORRECTED = "Valden harbour lights back on after an outage of nine hours";
/** What the issue asks of a publish. */
const LIVE_WITHIN_MS = 2_000;

test.describe("publishing on one instance", DESKTOP_ONLY, () => {
  test.describe.configure({ mode: "serial" });

  let content: ReturnType<typeof privateContent>;
  let server: NextInstance;
  const get = (url: string) => fetchPage(server.origin, url);
  const publish = (slugs: string[] = [SLUG], secret?: string) => publishThrough(server.origin, slugs, secret);
  const live = (check: () => Promise<boolean>, what: string) => liveWithin(check, what, LIVE_WITHIN_MS);
  const shows = async (url: string, text: string) => (await get(url)).html.includes(text);
  const story = (headline: string, status: "published" | "draft" = "published") => demoStory(SLUG, headline, { status, topics: [TOPIC] });
  /** Every page a story of this topic, quoting this person, is listed on. */
  const LISTS = ["/", `/topics/${TOPIC}`, `/topics/${TOPIC}/feed.xml`, "/feed.xml", "/people/tobias-quell", NEIGHBOUR];

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    content = privateContent("publish");
    server = await startNextInstance(E2E_PORT + 3, { CONTENT_DIR: content.dir, PUBLISH_SECRET: PUBLISH_TEST_SECRET });
  });

  test.afterAll(async () => {
    await server?.stop();
    content?.dispose();
  });

  test("a file dropped into the content folder is not live until it is published", async () => {
    content.write(SLUG, story(HEADLINE));
    expect((await get(`/articles/${SLUG}`)).status).toBe(404);
    for (const url of LISTS) expect(await shows(url, HEADLINE), url).toBe(false);
    // A 404 is never kept: not by a CDN, and not by the server either.
    const missing = await get(`/articles/${SLUG}`);
    expect(missing.headers.get("cache-control")).toContain("no-store");
    expect(missing.headers.get("x-nextjs-cache")).not.toBe("HIT");
  });

  test("once published, the story is on its page and every list within 2 s", async () => {
    const published = await publish();
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body).toMatchObject({ results: [{ slug: SLUG, change: "added" }], sharedCache: "off" });
    const took = await live(() => shows(`/articles/${SLUG}`, HEADLINE), "the new article");
    for (const url of LISTS) await live(() => shows(url, HEADLINE), `the new story on ${url}`);
    await live(async () => (await get("/sitemap.xml")).html.includes(`/articles/${SLUG}<`), "the new story in the sitemap");
    console.log(`new story live ${took} ms after the publish returned`);
  });

  test("a correction replaces the headline everywhere, related lists included", async () => {
    content.write(SLUG, story(CORRECTED));
    const published = await publish();
    expect(published.body.results).toEqual([{ slug: SLUG, change: "updated" }]);
    for (const url of [`/articles/${SLUG}`, ...LISTS]) {
      await live(async () => {
        const { html } = await get(url);
        return html.includes(CORRECTED) && !html.includes(HEADLINE);
      }, `the correction on ${url}`);
    }
  });

  test("a broken file is refused with file, path and problem, and the last good version stays", async () => {
    content.write(SLUG, { ...story(CORRECTED), headline: "", section: 7 });
    const refused = await publish();
    expect(refused.status).toBe(422);
    const problems = (refused.body.problems as string[]).join("\n");
    expect(problems).toMatch(new RegExp(`articles/${SLUG}\\.json: \\$\\.headline: `));
    expect(problems).toMatch(new RegExp(`articles/${SLUG}\\.json: \\$\\.section: `));
    expect(await shows(`/articles/${SLUG}`, CORRECTED)).toBe(true);
    expect(await shows("/", CORRECTED)).toBe(true);
  });

  test("a takedown is 404 at once, with its share pages and cards, and gone from every list", async () => {
    content.write(SLUG, story(CORRECTED));
    const quote = collectQuotes(articleSchema.parse(story(CORRECTED)))[0]!;
    expect((await get(`/articles/${SLUG}/quotes/${quote.id}`)).status).toBe(200);
    content.remove(SLUG);
    const published = await publish();
    expect(published.body.results).toEqual([{ slug: SLUG, change: "removed" }]);
    // Expired, not stale: the first request after a takedown must not see the story.
    expect((await get(`/articles/${SLUG}`)).status).toBe(404);
    for (const url of [`/articles/${SLUG}/quotes/${quote.id}`, `/articles/${SLUG}/quotes/${quote.id}/card.png`, `/articles/${SLUG}/card.png`]) {
      expect((await get(url)).status, url).toBe(404);
    }
    for (const url of [...LISTS, "/sitemap.xml"]) expect(await shows(url, CORRECTED), url).toBe(false);
  });

  test("a published story's hostile text stays text on its quote page and card", async ({ page }) => {
    const slug = "hostile-published-fixture";
    const article = hostileArticle(slug);
    content.write(slug, article);
    expect((await publish([slug])).status).toBe(200);
    const quote = collectQuotes(articleSchema.parse(article)).find((q) => q.text.includes(HOSTILE))!;
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`${server.origin}/articles/${slug}/quotes/${quote.id}`);
    await expect(page.locator("h1")).toHaveText(`“${shareableQuote(quote.text)}”`);
    expect(JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "").text).toBe(quote.text);
    await page.goto(`${server.origin}/articles/${slug}`);
    await expect(page.locator("h1")).toHaveText(article.headline);
    expect(dialogs).toEqual([]);
    const card = await get(`/articles/${slug}/quotes/${quote.id}/card.png`);
    expect(card.status).toBe(200);
  });

  test("a wrong secret changes nothing; a server without a secret does not publish at all", async ({ request }) => {
    content.write(SLUG, story(HEADLINE));
    expect((await publish([SLUG], "wrong")).status).toBe(401);
    expect((await get(`/articles/${SLUG}`)).status).toBe(404);
    // The shared test server runs without PUBLISH_SECRET.
    const off = await request.post("/api/publish", { headers: { authorization: `Bearer ${PUBLISH_TEST_SECRET}` }, data: { slugs: [SLUG] } });
    expect(off.status()).toBe(404);
    expect((await request.get("/api/publish")).status()).toBe(405);
  });
});
