import { afterAll, describe, expect, it, vi } from "vitest";
import { articleView } from "../site/views";
import { articleMetadata, pageMetadata, personDescription, quoteMetadata, topicDescription } from "./metadata";
import { quoteShare } from "./quote-share";
import { BASE, HOSTILE, site, read } from "./test-fixtures";

// Set before the describe blocks below are collected: some build their values there.
vi.stubEnv("SITE_URL", BASE);
afterAll(() => vi.unstubAllEnvs());

describe("pageMetadata", () => {
  it("gives canonical, feeds, OpenGraph and a large Twitter card from SITE_URL", () => {
    const meta = pageMetadata({ title: "Topics", description: "Every topic.", path: "/topics", feeds: [{ path: "/topics/nato/feed.xml", title: "NATO" }] });
    expect(meta.alternates?.canonical).toBe(`${BASE}/topics`);
    expect(meta.alternates?.types?.["application/rss+xml"]).toEqual([
      { url: `${BASE}/feed.xml`, title: "onrecord: latest stories" },
      { url: `${BASE}/topics/nato/feed.xml`, title: "NATO" },
    ]);
    expect(meta.openGraph).toMatchObject({ type: "website", url: `${BASE}/topics`, title: "Topics", siteName: "onrecord" });
    expect(meta.openGraph?.images).toEqual([{ url: `${BASE}/card.png`, width: 1200, height: 630, alt: expect.any(String), type: "image/png" }]);
    expect(meta.twitter).toMatchObject({ card: "summary_large_image", title: "Topics" });
  });

  it("cuts a long description to 160 characters and leaves the home page's title to the layout", () => {
    const meta = pageMetadata({ description: "word ".repeat(100), path: "/" });
    expect(meta.title).toBeUndefined();
    expect((meta.description ?? "").length).toBeLessThanOrEqual(160);
    expect(meta.openGraph?.title).toMatch(/onrecord/);
  });
});

describe("articleMetadata", () => {
  const view = articleView(site, "hostile", read)!;
  const meta = articleMetadata(view);

  it("is an OpenGraph article with times, section and a tag per topic", () => {
    expect(meta.openGraph).toMatchObject({
      type: "article",
      publishedTime: "2025-01-02T10:00:00Z",
      modifiedTime: "2025-01-03T08:30:00Z",
      section: "Tech & <Security>",
      tags: ["Russia", "NATO"],
      url: `${BASE}/articles/hostile`,
    });
  });

  it("falls back to the publication time when the article was never updated", () => {
    expect(articleMetadata(articleView(site, "older", read)!).openGraph).toMatchObject({ modifiedTime: "2024-07-01T09:00:00Z" });
  });

  it("points og:image at the article's card, with size and alt naming who is quoted", () => {
    const [image] = meta.openGraph?.images as { url: string; width: number; height: number; alt: string }[];
    expect(image).toMatchObject({ url: `${BASE}/articles/hostile/card.png`, width: 1200, height: 630 });
    expect(image?.alt).toContain("Quoted: Edda Morn, NATO");
  });

  it("keeps hostile text as text and drops the bidi override from the description", () => {
    expect(meta.title).toBe(`Site defaced with ${HOSTILE}`);
    expect(meta.description).toContain(HOSTILE);
    expect(meta.description).not.toContain("\u202E");
  });
});

describe("quoteMetadata", () => {
  it("titles the quote page with the words and the speaker, and links its own card", () => {
    const share = quoteShare(articleView(site, "hostile", read)!, "q-org")!;
    const meta = quoteMetadata(share);
    expect(meta.title).toBe("“We are aware.” — NATO");
    expect(meta.description).toBe(`NATO, Statement, quoted in “Site defaced with ${HOSTILE}”: “We are aware.”`);
    expect(meta.alternates?.canonical).toBe(`${BASE}/articles/hostile/quotes/q-org`);
    expect(meta.openGraph?.images).toMatchObject([{ url: `${BASE}/articles/hostile/quotes/q-org/card.png`, width: 1200, height: 630 }]);
    expect(meta.twitter).toMatchObject({ card: "summary_large_image" });
  });

  it("leaves out the comma that led back into the sentence, and a role that only repeats the name", () => {
    const view = articleView(site, "hostile", read)!;
    const typed = quoteShare(view, "q-typed")!;
    expect(quoteMetadata(typed).title).toMatch(/and left” — Edda Morn$/);
    const renamed = { ...quoteShare(view, "q-org")!, speaker: { ...quoteShare(view, "q-org")!.speaker, role: "Statement from NATO" } };
    expect(quoteMetadata(renamed).description).toMatch(/^NATO quoted in “Site defaced/);
  });
});

describe("topicDescription and personDescription", () => {
  it("prefer the topic's own description, else describe the page", () => {
    expect(topicDescription({ name: "NATO", description: "The alliance." })).toBe("The alliance.");
    expect(topicDescription({ name: "NATO" })).toBe("Stories about NATO, with every quotation attributed.");
    expect(personDescription({ name: "Ilse Marrant" })).toBe("Everything Ilse Marrant is quoted saying on onrecord, with a link to each quote in its story.");
  });
});
