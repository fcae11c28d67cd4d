import { afterAll, describe, expect, it, vi } from "vitest";
import { articleView } from "../site/views";
import { bylineAuthor, newsArticleJsonLd, quotationJsonLd, serializeJsonLd } from "./json-ld";
import { quoteShare } from "./quote-share";
import { BASE, HOSTILE, site, read } from "./test-fixtures";

// Set before the describe blocks below are collected: some build their values there.
vi.stubEnv("SITE_URL", BASE);
afterAll(() => vi.unstubAllEnvs());

describe("serializeJsonLd", () => {
  const value = { text: `${HOSTILE} <!-- & \u2028 \u2029 “ok”` };

  it("leaves no character that could end the script element or start a comment", () => {
    const out = serializeJsonLd(value);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toContain("\\u003c/script\\u003e");
  });

  it("parses back to the same value", () => {
    expect(JSON.parse(serializeJsonLd(value))).toEqual(value);
  });
});

describe("newsArticleJsonLd", () => {
  const ld = JSON.parse(serializeJsonLd(newsArticleJsonLd(articleView(site, "hostile", read)!)));

  it("carries headline, dates, section, topics, author, publisher and image", () => {
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      url: `${BASE}/articles/hostile`,
      headline: `Site defaced with ${HOSTILE}`,
      datePublished: "2025-01-02T10:00:00Z",
      dateModified: "2025-01-03T08:30:00Z",
      articleSection: "Tech & <Security>",
      keywords: ["Russia", "NATO"],
      about: [
        { "@type": "Thing", name: "Russia", url: `${BASE}/topics/russia` },
        { "@type": "Thing", name: "NATO", url: `${BASE}/topics/nato` },
      ],
      author: [{ "@type": "Organization", name: "Demo Desk" }],
      publisher: { "@type": "Organization", name: "onrecord" },
      image: [{ "@type": "ImageObject", url: `${BASE}/articles/hostile/card.png`, width: 1200, height: 630 }],
    });
  });

  it("describes each speaker once, person or organisation, in order of first quotation", () => {
    expect(ld.mentions).toEqual([
      { "@type": "Person", "@id": `${BASE}/people/edda-morn`, name: "Edda Morn", url: `${BASE}/people/edda-morn`, jobTitle: "Head of digital services" },
      // An organisation's "role" is how it spoke, not a job title.
      { "@type": "Organization", "@id": `${BASE}/people/nato`, name: "NATO", url: `${BASE}/people/nato` },
    ]);
  });

  it("lists every quotation in reading order, its speaker a reference to one of those mentioned", () => {
    expect(ld.hasPart).toEqual([
      {
        "@type": "Quotation",
        "@id": `${BASE}/articles/hostile#q-typed`,
        text: `Someone typed ${HOSTILE} into the form, ‘a statement’ and left,`,
        url: `${BASE}/articles/hostile/quotes/q-typed`,
        spokenByCharacter: { "@id": `${BASE}/people/edda-morn` },
      },
      expect.objectContaining({ "@type": "Quotation", text: "a statement", spokenByCharacter: { "@id": `${BASE}/people/nato` } }),
      expect.objectContaining({ "@type": "Quotation", text: "We are aware.", spokenByCharacter: { "@id": `${BASE}/people/nato` } }),
    ]);
    const mentioned = new Set(ld.mentions.map((m: { "@id": string }) => m["@id"]));
    for (const q of ld.hasPart) expect(mentioned).toContain(q.spokenByCharacter["@id"]);
  });

  it("has no mentions when nobody is quoted", () => {
    const view = articleView(site, "hostile", read)!;
    const quiet = newsArticleJsonLd({ ...view, speakers: [], speakerById: new Map(), quoteById: new Map() });
    expect(quiet).not.toHaveProperty("mentions");
    expect(quiet.hasPart).toEqual([]);
  });

  it("has no author when the article has no byline", () => {
    expect(newsArticleJsonLd(articleView(site, "older", read)!)).toHaveProperty("author", [{ "@type": "Person", name: "Ann Reporter" }]);
    const { author } = newsArticleJsonLd({ ...articleView(site, "older", read)!, article: { ...articleView(site, "older", read)!.article, byline: undefined } });
    expect(author).toBeUndefined();
  });
});

describe("quotationJsonLd", () => {
  it("is a Quotation with its speaker, card and the article it is part of", () => {
    const ld = quotationJsonLd(quoteShare(articleView(site, "hostile", read)!, "q-org")!);
    expect(ld).toMatchObject({
      "@type": "Quotation",
      text: "We are aware.",
      spokenByCharacter: { "@type": "Organization", name: "NATO" },
      isPartOf: { "@type": "NewsArticle", url: `${BASE}/articles/hostile` },
      image: [{ url: `${BASE}/articles/hostile/quotes/q-org/card.png` }],
    });
  });
});

describe("bylineAuthor", () => {
  it("drops the leading By and tells a desk from a person", () => {
    expect(bylineAuthor("By Ann Reporter")).toEqual({ "@type": "Person", name: "Ann Reporter" });
    expect(bylineAuthor("by Staff reporters")).toEqual({ "@type": "Organization", name: "Staff reporters" });
    expect(bylineAuthor("Bystander Jones")).toEqual({ "@type": "Person", name: "Bystander Jones" });
  });
});
