import { afterAll, describe, expect, it, vi } from "vitest";
import { articlesFeed, escapeXml, rfc822, rssXml } from "./rss";
import { BASE, HOSTILE, site, read } from "./test-fixtures";

// Set before the describe blocks below are collected: some build their values there.
vi.stubEnv("SITE_URL", BASE);
afterAll(() => vi.unstubAllEnvs());

describe("escapeXml", () => {
  it("escapes the five markup characters, ampersands first", () => {
    expect(escapeXml(`<a href="x">&amp;'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;amp;&apos;");
  });

  it("drops characters XML cannot hold and keeps astral ones whole", () => {
    expect(escapeXml("a\u0000b\u001Fc\tdé\n😀\uD800\uFFFF")).toBe("abc\tdé\n😀");
  });
});

describe("rfc822", () => {
  it("formats in GMT and refuses a non-date", () => {
    expect(rfc822("2024-07-11T14:00:00+02:00")).toBe("Thu, 11 Jul 2024 12:00:00 GMT");
    expect(() => rfc822("yesterday")).toThrow(/not a date/);
  });
});

describe("articlesFeed + rssXml", () => {
  const feed = articlesFeed(site, read, { title: "Latest", description: "All", pagePath: "/", feedPath: "/feed.xml" });
  const xml = rssXml(feed);

  it("holds the published articles, newest first, and never a draft", () => {
    expect(feed.items.map((i) => i.link)).toEqual([`${BASE}/articles/hostile`, `${BASE}/articles/older`]);
    expect(xml).not.toContain("secret-draft");
  });

  it("filters by topic", () => {
    const onRussia = articlesFeed(site, read, { title: "Russia", description: "", pagePath: "/topics/russia", feedPath: "/topics/russia/feed.xml", topic: "russia" });
    expect(onRussia.items.map((i) => i.link)).toEqual([`${BASE}/articles/hostile`]);
    const onUnused = articlesFeed(site, read, { title: "Unused", description: "", pagePath: "/topics/unused", feedPath: "/topics/unused/feed.xml", topic: "unused" });
    expect(onUnused.items).toEqual([]);
  });

  it("is RSS 2.0 with self link, dates, categories and creator", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect(xml).toContain(`<atom:link href="${BASE}/feed.xml" rel="self" type="application/rss+xml"/>`);
    expect(xml).toContain("<lastBuildDate>Thu, 02 Jan 2025 10:00:00 GMT</lastBuildDate>");
    expect(xml).toContain("<pubDate>Mon, 01 Jul 2024 09:00:00 GMT</pubDate>");
    expect(xml).toContain("<category>Russia</category><category>NATO</category><category>Demo content</category><dc:creator>Demo Desk</dc:creator>");
    expect(xml).toContain("<description>Demo content (fictional). The page said");
    expect(xml).toContain("<category>NATO</category><dc:creator>Ann Reporter</dc:creator>");
  });

  it("carries hostile text as escaped text only", () => {
    expect(xml).toContain("<title>Site defaced with &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>");
    expect(xml).not.toContain(HOSTILE);
    expect(xml).not.toContain("<script");
    expect(xml).not.toContain("\u202E");
  });
});
