import { describe, expect, it } from "vitest";
import { type GoldItem, normaliseSpan, scoreArticle, speakerMatches, summarise } from "./score";

const gold: GoldItem[] = [
  { text: "We will rebuild,", speaker: "Halvard Brenn", kind: "direct", speaker_alt: ["Brenn"] },
  { text: "reckless", speaker: "Ottilie Sarn", kind: "partial" },
  { text: "Sorry", speaker: "Halvard Brenn", kind: "direct", headline: true },
  { text: "sit down", speaker: "the pilot", kind: "direct", nested: true },
];

describe("normaliseSpan", () => {
  it("drops trailing whitespace and sentence punctuation only", () => {
    expect(normaliseSpan("We will rebuild, ")).toBe("We will rebuild");
    expect(normaliseSpan("outperform.")).toBe("outperform");
    expect(normaliseSpan("Why?!")).toBe("Why");
    expect(normaliseSpan("‘D’")).toBe("‘D’");
  });
});

describe("speakerMatches", () => {
  it("accepts the name, an alternative, or the same last word; exact mode wants equality", () => {
    const g = gold[0] as GoldItem;
    expect(speakerMatches("Halvard Brenn", g)).toBe(true);
    expect(speakerMatches("Brenn", g)).toBe(true);
    expect(speakerMatches("Mr Brenn", g)).toBe(true);
    expect(speakerMatches("Mr Brenn", g, true)).toBe(false);
    expect(speakerMatches("Ottilie Sarn", g)).toBe(false);
    expect(speakerMatches("", g)).toBe(false);
  });
});

describe("scoreArticle", () => {
  it("matches spans greedily after normalisation and scores speaker and kind on matches", () => {
    const s = scoreArticle(gold, [
      { text: "We will rebuild.", speaker: "Brenn", kind: "direct" },
      { text: "reckless", speaker: "Halvard Brenn", kind: "direct" },
    ]);
    expect([s.tp, s.fp, s.fn, s.speaker, s.kind]).toEqual([2, 0, 0, 1, 1]);
    expect(s.misses.map((m) => m.type)).toEqual(["SPK", "KIND"]);
  });
  it("ignores predictions of headline and nested items; counts the rest as false positives, negatives labelled", () => {
    const s = scoreArticle(
      gold,
      [
        { text: "Sorry", speaker: "x", kind: "direct" },
        { text: "sit down", speaker: "x", kind: "direct" },
        { text: "neutral", speaker: "x", kind: "partial" },
        { text: "other", speaker: "x", kind: "partial" },
      ],
      [{ text: "neutral" }],
    );
    expect([s.tp, s.fp, s.fn]).toEqual([0, 2, 2]);
    expect(s.misses.map((m) => m.type)).toEqual(["MISS", "MISS", "NEG", "FP"]);
  });
  it("lets each prediction match one gold item only", () => {
    const twice: GoldItem[] = [
      { text: "yes", speaker: "A", kind: "partial" },
      { text: "yes", speaker: "A", kind: "partial" },
    ];
    expect(scoreArticle(twice, [{ text: "yes", speaker: "A", kind: "partial" }]).fn).toBe(1);
  });
});

describe("calibration", () => {
  it("counts confident attributions and whether they are right, and what was flagged", () => {
    const s = scoreArticle(gold, [
      { text: "We will rebuild", speaker: "Brenn", kind: "direct", confidence: 0.95 },
      { text: "reckless", speaker: "Halvard Brenn", kind: "partial", confidence: 0.92 },
      { text: "never said", speaker: "X", kind: "partial", confidence: 0.4, review: true },
    ]);
    expect([s.confident, s.confidentRight]).toEqual([2, 1]);
    expect([s.flagged, s.wrongUnflagged]).toEqual([1, 1]);
  });
});

describe("summarise", () => {
  it("computes precision, recall, F1 and accuracies over articles", () => {
    const t = summarise([
      { tp: 3, fp: 1, fn: 0, speaker: 3, kind: 2, confident: 3, confidentRight: 3, flagged: 1, wrongUnflagged: 0 },
      { tp: 1, fp: 0, fn: 1, speaker: 0, kind: 1, confident: 1, confidentRight: 0, flagged: 0, wrongUnflagged: 1 },
    ]);
    expect(t.confidentAccuracy).toBeCloseTo(0.75);
    expect([t.flagged, t.wrongUnflagged]).toEqual([1, 1]);
    expect(t.precision).toBeCloseTo(0.8);
    expect(t.recall).toBeCloseTo(0.8);
    expect(t.f1).toBeCloseTo(0.8);
    expect(t.speakerAccuracy).toBeCloseTo(0.75);
    expect(t.kindAccuracy).toBeCloseTo(0.75);
    expect(summarise([]).precision).toBe(0);
  });
});
