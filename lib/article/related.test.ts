import { describe, expect, it } from "vitest";
import { makeArticle } from "../content/test-fixtures";
import { relatedArticles } from "./related";
import { type ArticleSummary, byNewest, summarise } from "./summary";
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

  it("gives what ranking every candidate would, on archives with many ties (it stops early)", () => {
    const names = ["a", "b", "c", "d", "e"];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let round = 0; round < 200; round++) {
      const list = Array.from({ length: 40 }, (_, i) => {
        const topics = names.filter(() => rand(3) === 0);
        return card(`s-${round}-${i}`, topics.length > 0 ? topics : [names[rand(5)]!], `2024-01-${String(1 + rand(5)).padStart(2, "0")}T00:00:00Z`);
      });
      const me = list[rand(list.length)]!;
      const limit = 1 + rand(5);
      const shared = (c: ArticleSummary) => c.topics.filter((t) => me.topics.includes(t)).length;
      const everyCandidate = list
        .filter((c) => c.slug !== me.slug && shared(c) > 0)
        .sort((x, y) => shared(y) - shared(x) || Date.parse(y.publishedAt) - Date.parse(x.publishedAt) || x.slug.localeCompare(y.slug))
        .slice(0, limit);
      // The site's topic lists are newest first; the candidates here are not.
      expect(slugs(related(me, [...list].sort(byNewest), limit)), `round ${round}`).toEqual(slugs(everyCandidate));
    }
  });
});
