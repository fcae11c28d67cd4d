/**
 * The extractor on the tuning half of the repo's own corpus (ingest-corpus/tune):
 * a floor under today's scores, so a change that loses ground there fails.
 * The test half is never read here: it is scored by hand, once, for the docs.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractQuotations, predictionList } from "./extract";
import { parsePlainText } from "./plain-text";
import { type GoldItem, type Negative, scoreArticle, summarise } from "./score";

const TUNE = path.resolve(__dirname, "../../ingest-corpus/tune");

describe("the tuning half of ingest-corpus", () => {
  it("keeps spans P and R ≥ 0.97, speaker ≥ 0.93, kind ≥ 0.95, confident attributions ≥ 95 % right, no story refused", { timeout: 60_000 }, () => {
    const negatives = JSON.parse(readFileSync(path.join(TUNE, "negatives.json"), "utf8")) as Record<string, Negative[]>;
    const scores = readdirSync(TUNE)
      .filter((f) => f.endsWith(".gold.json"))
      .map((f) => {
        const id = f.replace(".gold.json", "");
        const story = parsePlainText(readFileSync(path.join(TUNE, `${id}.txt`), "utf8"));
        expect(story.ok).toBe(true);
        if (!story.ok) throw new Error(id);
        const gold = JSON.parse(readFileSync(path.join(TUNE, f), "utf8")) as GoldItem[];
        return scoreArticle(gold, predictionList(extractQuotations(story.value)), negatives[id] ?? []);
      });
    const t = summarise(scores);
    expect(t.precision).toBeGreaterThanOrEqual(0.97);
    expect(t.recall).toBeGreaterThanOrEqual(0.97);
    expect(t.speakerAccuracy).toBeGreaterThanOrEqual(0.93);
    expect(t.kindAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(t.confidentAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
