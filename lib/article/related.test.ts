import { describe, expect, it } from "vitest";
import { makeArticle } from "../content/test-fixtures";
import { relatedArticles } from "./related";
import { type ArticleSummary, summarise } from "./summary";
import { indexByTopic } from "./topics";

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
const related = (a: Pick<ArticleSummary, "slug" | "topics">, list: ArticleSummary[], limit?: number) => relatedArticles(a, indexByTopic(list), limit);

describe("relatedArticles", () => {
  it("sorts by topics in common, then newest, then slug; never itself or unrelated articles", () => {
    expect(slugs(related(self, candidates, 10))).toEqual([
      "three-shared",
      "two-shared-a",
      "two-shared-b",
      "one-shared-new",
      "one-shared-old",
    ]);
  });

  it("returns four by default", () => {
    expect(slugs(related(self, candidates))).toEqual(["three-shared", "two-shared-a", "two-shared-b", "one-shared-new"]);
  });

  it("respects the limit", () => {
    expect(slugs(related(self, candidates, 1))).toEqual(["three-shared"]);
    expect(related(self, candidates, 0)).toEqual([]);
  });

  it("is empty when nothing shares a topic", () => {
    expect(related({ slug: "lonely", topics: ["space"] }, candidates)).toEqual([]);
  });

  it("compares publication instants, not strings", () => {
    // 23:30 at UTC-5 on the 11th is 04:30Z on the 12th: later than 01:00Z on the 12th.
    const late = card("late-in-new-york", ["nato"], "2024-07-11T23:30:00-05:00");
    const early = card("early-in-london", ["nato"], "2024-07-12T01:00:00Z");
    expect(slugs(related(self, [early, late]))).toEqual(["late-in-new-york", "early-in-london"]);
  });

  it("leaves the candidates as they were", () => {
    const before = slugs(candidates);
    related(self, candidates);
    expect(slugs(candidates)).toEqual(before);
  });
});
