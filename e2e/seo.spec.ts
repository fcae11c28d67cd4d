import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { collectQuotes } from "../lib/content/tree";
import { articleSchema } from "../lib/content/schema";
import { getSite, publishedArticle } from "../lib/site/get-site";
import { absoluteUrl, siteUrl } from "../lib/seo/site-url";
import { shareableQuote } from "../lib/seo/text";
import { HOSTILE, hostileArticle, writeHostileArticle } from "./hostile";
import { SEED_PATH, SEED_QUOTE_COUNT } from "./seed";

/**
 * Sharing and discovery, checked against the production build: what crawlers,
 * feed readers and share previews get. Expected lists come from the content
 * itself (published articles only), and absolute URLs from the same
 * `siteUrl()` the build used (SITE_URL, or the local default).
 */
const site = getSite();
const published = site.summaries.map((s) => publishedArticle(s.slug)!);

/** A published absolute URL, fetched from the server under test: it must be on our site. */
function local(url: string): string {
  expect(url.startsWith(`${siteUrl()}/`), `${url} is on ${siteUrl()}`).toBe(true);
  const { pathname, search } = new URL(url);
  return `${pathname}${search}`;
}

type Parsed = { error: string | null; values: string[][] };

/** Parses XML in the browser (a real XML parser) and reads, for each element matching `item`, the text of each child named in `fields`. */
async function parseXml(page: Page, xml: string, item: string, fields: string[]): Promise<Parsed> {
  return page.evaluate(
    ({ xml, item, fields }) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      const error = doc.querySelector("parsererror")?.textContent ?? null;
      const values = [...doc.getElementsByTagName(item)].map((el) =>
        fields.map((f) => [...el.children].filter((c) => c.tagName === f).map((c) => c.textContent ?? "").join("|")),
      );
      return { error, values };
    },
    { xml, item, fields },
  );
}

async function fetchText(request: APIRequestContext, path: string, type: RegExp): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toMatch(type);
  return response.text();
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(body: Buffer): { width: number; height: number } {
  expect(body.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), "PNG signature").toBe(true);
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

const meta = (page: Page, attr: "property" | "name", key: string) => page.locator(`head meta[${attr}="${key}"]`);

test("sitemap.xml parses and lists exactly the published articles", async ({ page, request }) => {
  const xml = await fetchText(request, "/sitemap.xml", /xml/);
  const { error, values } = await parseXml(page, xml, "url", ["loc"]);
  expect(error).toBeNull();
  const locs = values.map(([loc]) => loc ?? "");
  const articles = locs.filter((loc) => loc.startsWith(absoluteUrl("/articles/")));
  expect(articles.sort()).toEqual(published.map((a) => absoluteUrl(`/articles/${a.slug}`)).sort());
  expect(locs).toContain(absoluteUrl("/"));
  // Every URL listed answers.
  for (const loc of locs) expect((await request.get(local(loc))).status(), loc).toBe(200);
});

test("robots.txt allows the site and names the sitemap", async ({ request }) => {
  const text = await fetchText(request, "/robots.txt", /text\/plain/);
  expect(text).toMatch(/^User-Agent: \*$/m);
  expect(text).toMatch(/^Allow: \/$/m);
  expect(text).toContain(`Sitemap: ${absoluteUrl("/sitemap.xml")}`);
});

test("feed.xml is RSS 2.0 of the published articles, newest first", async ({ page, request }) => {
  const xml = await fetchText(request, "/feed.xml", /application\/rss\+xml/);
  const { error, values } = await parseXml(page, xml, "item", ["title", "link", "pubDate"]);
  expect(error).toBeNull();
  expect(xml).toMatch(/<rss version="2.0"/);
  expect(values.map(([, link]) => link)).toEqual(published.map((a) => absoluteUrl(`/articles/${a.slug}`)));
  expect(values.map(([title]) => title)).toEqual(published.map((a) => a.headline));
  expect(values.map(([, , date]) => Date.parse(date ?? ""))).toEqual(published.map((a) => Date.parse(a.publishedAt)));
});

test("each topic has a feed of its published articles; unknown topics have none", async ({ page, request }) => {
  for (const topic of site.topics.values()) {
    const xml = await fetchText(request, `/topics/${topic.id}/feed.xml`, /application\/rss\+xml/);
    const { error, values } = await parseXml(page, xml, "item", ["link"]);
    expect(error, topic.id).toBeNull();
    const expected = published.filter((a) => a.topics.includes(topic.id)).map((a) => absoluteUrl(`/articles/${a.slug}`));
    expect(values.map(([link]) => link), topic.id).toEqual(expected);
  }
  expect((await request.get("/topics/no-such-topic/feed.xml")).status()).toBe(404);
});

test("pages announce their feeds with <link rel=alternate>", async ({ page, request }) => {
  await page.goto("/topics/hybrid-threats");
  const feeds = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await expect(feeds).toHaveCount(2);
  const hrefs = await feeds.evaluateAll((links) => links.map((l) => l.getAttribute("href") ?? ""));
  expect(hrefs).toEqual([absoluteUrl("/feed.xml"), absoluteUrl("/topics/hybrid-threats/feed.xml")]);
  for (const href of hrefs) expect((await request.get(local(href))).status()).toBe(200);
  await page.goto("/");
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", absoluteUrl("/feed.xml"));
});

test("every article page has canonical, OpenGraph article tags, a Twitter card and NewsArticle JSON-LD", async ({ page }) => {
  test.slow(); // one request or page per article or quote
  for (const article of published) {
    const path = `/articles/${article.slug}`;
    await page.goto(path);
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", absoluteUrl(path));
    const description = (await meta(page, "name", "description").getAttribute("content")) ?? "";
    expect(description.length).toBeGreaterThan(20);
    expect(description.length).toBeLessThanOrEqual(160);
    await expect(meta(page, "property", "og:type")).toHaveAttribute("content", "article");
    await expect(meta(page, "property", "article:published_time")).toHaveAttribute("content", article.publishedAt);
    await expect(meta(page, "property", "article:modified_time")).toHaveAttribute("content", article.updatedAt ?? article.publishedAt);
    await expect(meta(page, "property", "article:section")).toHaveAttribute("content", article.section);
    const tags = await meta(page, "property", "article:tag").evaluateAll((els) => els.map((e) => e.getAttribute("content")));
    expect(tags).toEqual(article.topics.map((id) => site.topics.get(id)?.name));
    await expect(meta(page, "property", "og:image")).toHaveAttribute("content", absoluteUrl(`${path}/card.png`));
    await expect(meta(page, "property", "og:image:alt")).toHaveAttribute("content", /Quoted: /);
    await expect(meta(page, "name", "twitter:card")).toHaveAttribute("content", "summary_large_image");

    const scripts = page.locator('script[type="application/ld+json"]');
    await expect(scripts).toHaveCount(1);
    const ld = JSON.parse((await scripts.textContent()) ?? "");
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: article.headline,
      datePublished: article.publishedAt,
      dateModified: article.updatedAt ?? article.publishedAt,
      articleSection: article.section,
      keywords: article.topics.map((id) => site.topics.get(id)?.name),
      publisher: { "@type": "Organization", name: "onrecord" },
      image: [{ url: absoluteUrl(`${path}/card.png`), width: 1200, height: 630 }],
    });
    if (article.byline) expect(ld.author).toHaveLength(1);
    const quotes = collectQuotes(article);
    expect(ld.hasPart.map((q: { text: string }) => q.text)).toEqual(quotes.map((q) => q.text));
    // Each speaker is described once, in mentions; a quotation refers to its speaker by @id.
    const mentioned = new Map<string, { "@type": string; name: string }>(ld.mentions.map((m: { "@id": string; "@type": string; name: string }) => [m["@id"], m]));
    ld.hasPart.forEach((q: { "@type": string; spokenByCharacter: { "@id": string } }, i: number) => {
      const person = site.people.get(quotes[i]!.speaker)!;
      expect(q["@type"]).toBe("Quotation");
      expect(mentioned.get(q.spokenByCharacter["@id"])).toMatchObject({ "@type": person.kind === "organisation" ? "Organization" : "Person", name: person.name });
    });
  }
});

test("every og:image answers 200 image/png of the declared size", async ({ page, request }) => {
  test.slow(); // one request or page per article or quote
  const pages = [
    "/",
    "/topics",
    "/people",
    "/topics/hybrid-threats",
    "/people/jens-stoltenberg",
    ...published.map((a) => `/articles/${a.slug}`),
    ...published.flatMap((a) => collectQuotes(a).map((q) => `/articles/${a.slug}/quotes/${q.id}`)),
  ];
  const seen = new Set<string>();
  for (const path of pages) {
    // The served HTML's head, read with the browser's parser (no need to run each page's scripts).
    const html = await fetchText(request, path, /text\/html/);
    const [url, width, height, alt, twitter] = await page.evaluate((html) => {
      const head = new DOMParser().parseFromString(html, "text/html").head;
      const value = (selector: string) => head.querySelector(selector)?.getAttribute("content") ?? null;
      return [
        value('meta[property="og:image"]'),
        value('meta[property="og:image:width"]'),
        value('meta[property="og:image:height"]'),
        value('meta[property="og:image:alt"]'),
        value('meta[name="twitter:image"]'),
      ];
    }, html);
    expect(url, path).toBeTruthy();
    expect(twitter, path).toBe(url);
    expect(alt, path).toMatch(/\S/);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const response = await request.get(local(url));
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-type"], url).toBe("image/png");
    expect(pngSize(await response.body()), url).toEqual({ width: Number(width), height: Number(height) });
  }
  // The site card, one per article, one per quote.
  expect(seen.size).toBe(1 + published.length + published.reduce((n, a) => n + collectQuotes(a).length, 0));
});

test("each seed quote has a share page with its own title, description, card and a link to it in context", async ({ page }) => {
  test.slow(); // one request or page per article or quote
  const seed = publishedArticle(SEED_PATH.split("/").pop()!)!;
  const quotes = collectQuotes(seed);
  expect(quotes).toHaveLength(SEED_QUOTE_COUNT);
  for (const quote of quotes) {
    const path = `${SEED_PATH}/quotes/${quote.id}`;
    const speaker = site.people.get(quote.speaker)!;
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator("h1")).toHaveText(`“${shareableQuote(quote.text)}”`);
    await expect(page).toHaveTitle(new RegExp(`— ${speaker.name} · onrecord$`));
    await expect(page.locator("figcaption")).toContainText(speaker.name);
    await expect(meta(page, "name", "description")).toHaveAttribute("content", new RegExp(`^${speaker.name}`));
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", absoluteUrl(path));
    await expect(meta(page, "property", "og:image")).toHaveAttribute("content", absoluteUrl(`${path}/card.png`));
    await expect(page.getByRole("link", { name: "Read it in context" })).toHaveAttribute("href", `${SEED_PATH}#${quote.id}`);
    await expect(page.getByRole("link", { name: seed.headline })).toHaveAttribute("href", SEED_PATH);
  }
  await page.getByRole("link", { name: "Read it in context" }).click();
  const last = quotes.at(-1)!;
  await expect(page).toHaveURL(new RegExp(`${SEED_PATH}#${last.id}$`));
  await expect(page.locator(`#${last.id}`)).toBeInViewport();
});

test("unknown quote ids and cards are 404", async ({ request }) => {
  for (const path of [`${SEED_PATH}/quotes/q-no-such-quote`, `${SEED_PATH}/quotes/q-no-such-quote/card.png`, "/articles/no-such-story/card.png", "/articles/no-such-story/quotes/q-x"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test.describe("hostile text", () => {
  // The fixture is written into the server's content (e2e/hostile.ts); the site is loaded first, so the fixture never
  // becomes part of the published site other tests count.
  let fixture: ReturnType<typeof writeHostileArticle>;
  let article: ReturnType<typeof hostileArticle>;
  test.beforeEach(async ({ request }, info) => {
    expect((await request.get("/api/health")).status()).toBe(200);
    fixture = writeHostileArticle(`seo-${info.project.name}-${info.testId.split("-").at(-1)!.slice(0, 12)}`);
    article = hostileArticle(fixture.slug);
  });
  test.afterEach(() => fixture.remove());

  test("the fixture carries the hostile strings", () => {
    const parsed = articleSchema.parse(article);
    expect(parsed.headline).toContain(HOSTILE);
    expect(collectQuotes(parsed).some((q) => q.text.includes(HOSTILE))).toBe(true);
  });

  test("renders as text on the article page and in its JSON-LD, and runs nothing", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    // Through preview: the published article pages are prerendered, the fixture is not among them.
    await page.goto(fixture.previewUrl);
    await expect(page.locator("h1")).toHaveText(article.headline);
    await expect(page.locator(".article-body")).toContainText(`Someone typed ${HOSTILE} into the comments box`);
    await expect(page.locator(".article-body")).toContainText("&amp;lt;b&amp;gt;");
    // No script element was injected, and no script's text can end its element early:
    // React's payload and our JSON-LD both carry the text with "<" escaped.
    const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => ({ type: e.getAttribute("type"), text: e.textContent ?? "" })));
    expect(scripts.filter((s) => s.text.trim() === "alert(1)")).toEqual([]);
    expect(scripts.filter((s) => /<\/?script/i.test(s.text)).map((s) => s.text.slice(0, 80))).toEqual([]);
    const ld = scripts.find((s) => s.type === "application/ld+json")!;
    expect(ld.text).not.toContain("<");
    expect(JSON.parse(ld.text).headline).toBe(article.headline);
    expect(dialogs).toEqual([]);
  });
});
