import { describe, expect, it } from "vitest";
import { collectQuotes } from "../../lib/content/tree";
import { crossCheck } from "../../lib/content/cross-check";
import { parseArticle, parsePerson, parseTopic } from "../../lib/content/parse";
import { makeCorpus, makePeople, peopleCount, prng } from "./corpus";

describe("makeCorpus", () => {
  const corpus = makeCorpus({ articles: 300, drafts: 2, seed: 7 });

  it("passes the content validator: schema and cross-checks, file by file", () => {
    const sourced = <T extends { slug?: string; id?: string }>(kind: string, items: T[], parse: (f: string, s: string) => { ok: boolean }) =>
      items.map((value) => {
        const file = `${kind}/${value.slug ?? value.id}.json`;
        expect(parse(file, JSON.stringify(value)), file).toMatchObject({ ok: true });
        return { file, value };
      });
    const content = {
      articles: sourced("articles", corpus.articles, parseArticle),
      people: sourced("people", corpus.people, parsePerson),
      topics: sourced("topics", corpus.topics, parseTopic),
    };
    expect(crossCheck(content)).toEqual([]);
  });

  it("marks every article as demo content, and makes the first `drafts` of them drafts", () => {
    expect(corpus.articles.every((a) => a.demo === true)).toBe(true);
    expect(corpus.articles.map((a) => a.status).filter((s) => s === "draft")).toHaveLength(2);
    expect(corpus.articles[0]!.status).toBe("draft");
    expect(corpus.articles[2]!.status).toBe("published");
  });

  it("gives unique slugs and unique quote ids within each article", () => {
    expect(new Set(corpus.articles.map((a) => a.slug)).size).toBe(300);
    for (const a of corpus.articles) {
      const ids = collectQuotes(a).map((q) => q.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThan(0);
    }
  });

  it("is the same archive for the same seed, another for another seed", () => {
    expect(makeCorpus({ articles: 20, seed: 7 })).toEqual(makeCorpus({ articles: 20, seed: 7 }));
    expect(makeCorpus({ articles: 20, seed: 8 }).articles[0]).not.toEqual(makeCorpus({ articles: 20, seed: 7 }).articles[0]);
  });

  it("quotes a few people far more often than most, so some speaker pages run long", () => {
    const counts = new Map<string, number>();
    for (const a of corpus.articles) for (const s of a.speakers) counts.set(s.id, (counts.get(s.id) ?? 0) + 1);
    const sorted = [...counts.values()].sort((x, y) => y - x);
    expect(sorted[0]!).toBeGreaterThan(40);
    expect(sorted[0]!).toBeGreaterThan(4 * sorted[Math.floor(sorted.length / 2)]!);
  });
});

describe("makePeople", () => {
  it("makes the number asked for, with unique ids and names, all fictional and marked demo", () => {
    const people = makePeople(peopleCount(10_000));
    expect(people).toHaveLength(1000);
    expect(new Set(people.map((p) => p.id)).size).toBe(1000);
    expect(new Set(people.map((p) => p.name)).size).toBe(1000);
    expect(people.every((p) => p.id.startsWith("demo-") && /fictional/i.test(p.description ?? ""))).toBe(true);
  });
});

describe("prng", () => {
  it("repeats for a seed and stays in [0, 1)", () => {
    const a = prng(42);
    const b = prng(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
  });
});
