/**
 * The extractor against the hand-checked data in ../shared: the seed story and
 * the quotation dev set. Skipped, with a message, when ../shared is absent.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle, parsePerson } from "../content/parse";
import type { Person } from "../content/schema";
import { buildArticle } from "./article";
import { extractQuotations, quoteList } from "./extract";
import { goldFromArticle } from "./gold";
import { parsePlainText } from "./plain-text";
import { type GoldItem, type Negative, scoreArticle, summarise } from "./score";

const SHARED = path.resolve(__dirname, "../../../shared");
const SEED = path.join(SHARED, "seeds/000_3e6c425a2e96d266.txt");
const DEVSET = path.join(SHARED, "quote-devset");
const CONTENT = path.resolve(__dirname, "../../content");
const ARTICLE = path.join(CONTENT, "articles/nato-allies-combat-russian-hybrid-attacks.json");

const people: Person[] = readdirSync(path.join(CONTENT, "people")).flatMap((f) => {
  const r = parsePerson(f, readFileSync(path.join(CONTENT, "people", f), "utf8"));
  return r.ok ? [r.value] : [];
});

function story(file: string) {
  const r = parsePlainText(readFileSync(file, "utf8"));
  if (!r.ok) throw new Error(`${file}: ${r.message}`);
  return r.value;
}

describe.skipIf(!existsSync(SEED))(existsSync(SEED) ? "ingest of the seed story" : "../shared is absent: seed ingest not checked", () => {
  const handChecked = (() => {
    const r = parseArticle(ARTICLE, readFileSync(ARTICLE, "utf8"));
    if (!r.ok) throw new Error("the hand-checked seed article does not parse");
    return r.value;
  })();

  it("finds the hand-checked article's seven quotations, word for word, with its three speakers", () => {
    const extraction = extractQuotations(story(SEED), people);
    const gold = goldFromArticle(handChecked, people);
    expect(quoteList(extraction).map((q) => [q.text, q.speaker])).toEqual(gold.map((g) => [g.text, g.speaker]));
    const built = buildArticle(story(SEED), extraction, people, { topics: ["nato"], publishedAt: handChecked.publishedAt });
    expect(built.article.speakers.map((s) => s.id).sort()).toEqual(handChecked.speakers.map((s) => s.id).sort());
    expect(built.newPeople).toEqual([]);
    expect(built.article.section).toBe(handChecked.section);
    expect(built.article.headline).toBe(handChecked.headline);
  });

  it("scores full marks against the hand-checked article", () => {
    const score = scoreArticle(goldFromArticle(handChecked, people), quoteList(extractQuotations(story(SEED), people)));
    expect(score.misses).toEqual([]);
  });
});

describe.skipIf(!existsSync(DEVSET))(existsSync(DEVSET) ? "the quotation dev set" : "../shared is absent: dev-set targets not checked", () => {
  it("meets the targets: span P and R ≥ 0.97, speaker ≥ 0.90, kind ≥ 0.95", () => {
    const negatives = JSON.parse(readFileSync(path.join(DEVSET, "negatives.json"), "utf8")) as Record<string, Negative[]>;
    const scores = readdirSync(DEVSET)
      .filter((f) => f.endsWith(".gold.json"))
      .map((f) => {
        const id = f.replace(".gold.json", "");
        const gold = JSON.parse(readFileSync(path.join(DEVSET, f), "utf8")) as GoldItem[];
        return scoreArticle(gold, quoteList(extractQuotations(story(path.join(DEVSET, `${id}.txt`)), people)), negatives[id] ?? []);
      });
    expect(scores).toHaveLength(12);
    const t = summarise(scores);
    expect(t.precision).toBeGreaterThanOrEqual(0.97);
    expect(t.recall).toBeGreaterThanOrEqual(0.97);
    expect(t.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(t.kindAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
