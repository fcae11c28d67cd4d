import { describe, expect, it } from "vitest";
import { makeArticle } from "../content/test-fixtures";
import { articlesOnTopic, relatedArticles } from "./related";
import { summarise } from "./summary";

const card = (slug: string, topics: string[], publishedAt: string) => summarise(makeArticle({ slug, topics, publishedAt }));

const self = card("self", ["nato", "russia", "ukraine"], "2024-07-11T12:00:00Z");
const candidates = [
  self,
  card("one-shared-old", ["nato"], "2023-01-01T00:00:00Z"),
  card("one-shared-new", ["ukraine", "cables"], "2025-01-01T00:00:00Z"),
  card("three-shared", ["ukraine", "russia", "nato"], "2020-01-01T00:00:00Z"),
  card("unrelated", ["cables"], "2025-06-01T00:00:00Z"),
  card("two-shared-b", ["russia", "nato"], "2024-01-01T00:00:00Z"),
  card("two-shared-a", ["russia", "ukraine"], "2024-01-01T00:00:00Z"),
];
const slugs = (xs: { slug: string }[]) => xs.map((x) => x.slug);

describe("relatedArticles", () => {
  it("sorts by topics in common, then newest, then slug; never itself or unrelated articles", () => {
    expect(slugs(relatedArticles(self, candidates, 10))).toEqual([
      "three-shared",
      "two-shared-a",
      "two-shared-b",
      "one-shared-new",
      "one-shared-old",
    ]);
  });

  it("returns four by default", () => {
    expect(slugs(relatedArticles(self, candidates))).toEqual(["three-shared", "two-shared-a", "two-shared-b", "one-shared-new"]);
  });

  it("respects the limit", () => {
    expect(slugs(relatedArticles(self, candidates, 1))).toEqual(["three-shared"]);
    expect(relatedArticles(self, candidates, 0)).toEqual([]);
  });

  it("is empty when nothing shares a topic", () => {
    expect(relatedArticles({ slug: "lonely", topics: ["space"] }, candidates)).toEqual([]);
  });

  it("compares publication instants, not strings", () => {
    // 23:30 at UTC-5 on the 11th is 04:30Z on the 12th: later than 01:00Z on the 12th.
    const late = card("late-in-new-york", ["nato"], "2024-07-11T23:30:00-05:00");
    const early = card("early-in-london", ["nato"], "2024-07-12T01:00:00Z");
    expect(slugs(relatedArticles(self, [early, late]))).toEqual(["late-in-new-york", "early-in-london"]);
  });

  it("leaves the candidates as they were", () => {
    const before = slugs(candidates);
    relatedArticles(self, candidates);
    expect(slugs(candidates)).toEqual(before);
  });
});

describe("articlesOnTopic", () => {
  it("lists the articles carrying the topic, newest first", () => {
    expect(slugs(articlesOnTopic("russia", candidates))).toEqual(["self", "two-shared-a", "two-shared-b", "three-shared"]);
    expect(slugs(articlesOnTopic("cables", candidates))).toEqual(["unrelated", "one-shared-new"]);
  });

  it("is empty for a topic nobody covers", () => {
    expect(articlesOnTopic("space", candidates)).toEqual([]);
  });
});

describe("relatedArticles on a large archive", () => {
  it("picks the same articles as sorting every match would, in the same order", () => {
    // A deterministic spread of topics and dates, with ties on both.
    const topics = ["a", "b", "c", "d", "e", "f"];
    const many = Array.from({ length: 400 }, (_, i) =>
      card(`a-${i}`, topics.filter((_, t) => (i * (t + 3)) % 5 < 2), `2024-0${(i % 9) + 1}-1${i % 7}T00:00:00Z`),
    ).filter((c) => c.topics.length > 0);
    const me = { slug: "a-7", topics: ["a", "c", "e"] };
    const bySorting = many
      .filter((c) => c.slug !== me.slug)
      .map((c) => ({ c, shared: c.topics.filter((t) => me.topics.includes(t)).length }))
      .filter(({ shared }) => shared > 0)
      .sort((x, y) => y.shared - x.shared || Date.parse(y.c.publishedAt) - Date.parse(x.c.publishedAt) || x.c.slug.localeCompare(y.c.slug))
      .map(({ c }) => c.slug);
    for (const limit of [1, 4, 25, 1000]) {
      expect(slugs(relatedArticles(me, many, limit))).toEqual(bySorting.slice(0, limit));
    }
  });
});
