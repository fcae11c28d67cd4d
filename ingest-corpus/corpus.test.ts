import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkCorpus, checkStory, CORPUS_DIR, countsTable, EXTRA_TUNE_KINDS, FIRST_ROUND, halfOf, HALVES, KINDS, kindOf, reoffset, SCORER, selfScore, type Story } from "./check";

const { stories, problems } = checkCorpus();

describe("ingest-corpus annotation", () => {
  it("has no problems in either half", () => {
    expect(problems).toEqual([]);
  });

  it("has c01–c44 plus the extra tuning stories, each in the half the split rule gives it", () => {
    const firstRound = Array.from({ length: FIRST_ROUND }, (_, i) => `c${String(i + 1).padStart(2, "0")}`);
    const want = [...firstRound, ...Object.keys(EXTRA_TUNE_KINDS)].sort();
    expect(stories.map((s) => s.id).sort()).toEqual(want);
    for (const s of stories) expect(s.half).toBe(halfOf(s.id));
    for (const id of Object.keys(EXTRA_TUNE_KINDS)) expect(halfOf(id)).toBe("tune");
  });

  it("has one first-round story of each kind per half; the test half has nothing else", () => {
    for (const half of HALVES) {
      const kinds = stories.filter((s) => s.half === half && Number(s.id.slice(1)) <= FIRST_ROUND).map((s) => Math.ceil(Number(s.id.slice(1)) / 2));
      expect(kinds.sort((x, y) => x - y)).toEqual(KINDS.map((_, i) => i + 1));
    }
    expect(stories.filter((s) => s.half === "test")).toHaveLength(KINDS.length);
    for (const s of stories) expect(kindOf(s.id)).not.toBe("unknown");
  });

  it("has the README's counts table (regenerate with `npx tsx ingest-corpus/check.ts --table`)", () => {
    const readme = readFileSync(path.join(CORPUS_DIR, "README.md"), "utf8");
    expect(readme).toContain(countsTable(stories));
  });
});

describe("the checks catch broken annotation", () => {
  const txt = "News\nPier reopens\n\n“We rebuilt it,” said Halvard Brenn, who calls the pier “the Old Lady”. " + "The pier is long. ".repeat(70).trim() + "\n";
  const start = txt.indexOf("We rebuilt");
  const ok: Story = {
    id: "c01",
    half: "tune",
    txt,
    gold: [{ text: "We rebuilt it,", speaker: "Halvard Brenn", kind: "direct", start, end: start + 14 }],
    negatives: [{ text: "the Old Lady", why: "nickname", start: txt.indexOf("the Old Lady"), end: txt.indexOf("the Old Lady") + 12 }],
  };

  it("accepts a correct story", () => {
    expect(checkStory(ok)).toEqual([]);
  });

  it("rejects offsets that miss the text or its marks", () => {
    const shifted = { ...ok, gold: [{ ...ok.gold[0]!, start: start + 1, end: start + 15 }] };
    expect(checkStory(shifted).join("\n")).toMatch(/slice\(start, end\)[\s\S]*not an opening mark[\s\S]*not a closing mark/);
  });

  it("rejects items out of document order and a negative overlapping a quotation", () => {
    const second = { ...ok.gold[0]!, text: "the Old Lady", start: ok.negatives[0]!.start, end: ok.negatives[0]!.end };
    const out = checkStory({ ...ok, gold: [second, ok.gold[0]!] }).join("\n");
    expect(out).toMatch(/not in document order/);
    expect(out).toMatch(/overlaps gold/);
  });

  it("rejects a span ending at a paragraph end unless it is a multi-paragraph segment", () => {
    const t = "News\nPier reopens\n\n" + "word ".repeat(260) + "said: “We rebuilt it\n\n“and more.”\n";
    const s = t.indexOf("We rebuilt");
    const item = { text: "We rebuilt it", speaker: "Halvard Brenn", kind: "direct" as const, start: s, end: s + 13 };
    const last = { ...item, text: "and more.", start: t.indexOf("and more"), end: t.indexOf("and more") + 9, multi_paragraph: true as const };
    expect(checkStory({ ...ok, txt: t, gold: [item, last], negatives: [] }).join("\n")).toMatch(/neither multi_paragraph/);
    expect(checkStory({ ...ok, txt: t, gold: [{ ...item, multi_paragraph: true }, last], negatives: [] })).toEqual([]);
  });

  it("flags quote marks that no item accounts for, but not apostrophes", () => {
    const t = ok.txt.replace("calls the pier", "calls the pier's 'new look' and");
    const out = checkStory({ ...ok, txt: t, negatives: [] }).join("\n");
    expect(out).toMatch(/unaccounted quote mark “/);
    expect(out).toMatch(/unaccounted quote mark '/);
    // Only the opening mark of 'new look': the apostrophe in pier's is not a mark.
    expect(out.match(/unaccounted quote mark '/g)).toHaveLength(1);
  });

  it("rejects two speakers the scorer's last-word rule would confuse", () => {
    const other = { ...ok.gold[0]!, speaker: "Marit Brenn", start: ok.gold[0]!.start + 1000 };
    expect(checkStory({ ...ok, gold: [ok.gold[0]!, other] }).join("\n")).toMatch(/share the last word "Brenn"/);
  });

  it("rejects a broken layout", () => {
    expect(checkStory({ ...ok, txt: ok.txt.replace("\n\n", "\n\n\n") }).join("\n")).toMatch(/paragraph 1 has leading or trailing whitespace/);
    expect(checkStory({ ...ok, txt: ok.txt.trimEnd() }).join("\n")).toMatch(/end with exactly one/);
  });
});

describe("reoffset", () => {
  it("recovers every offset of every story from the item texts alone", () => {
    for (const s of stories) {
      const blank = <T extends { start: number; end: number }>(items: T[]) => items.map((i) => ({ ...i, start: 0, end: 0 }));
      expect(reoffset(s.txt, blank(s.gold))).toEqual({ items: s.gold, problems: [] });
      expect(reoffset(s.txt, blank(s.negatives))).toEqual({ items: s.negatives, problems: [] });
    }
  });

  it("says which item it cannot place", () => {
    const txt = "News\nPier\n\nShe said “yes” and “no”.\n";
    const item = { text: "maybe", start: 0, end: 0 };
    expect(reoffset(txt, [item]).problems).toEqual(['"maybe" not found between marks after offset 0']);
  });
});

describe.skipIf(!existsSync(SCORER))(existsSync(SCORER) ? "gold scored against itself" : "../shared/quote-devset is absent: self-score not checked", () => {
  for (const half of HALVES) {
    const own = stories.filter((s) => s.half === half);
    it.skipIf(own.length === 0)(own.length ? `${half}: 100 on every measure` : `${half}/ has no stories yet`, () => {
      for (const extra of [[], ["--exact-speaker"]]) {
        const run = selfScore(half, own, extra);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/P=100\.0 R=100\.0 F1=100\.0/);
        expect(run.stdout).toMatch(/speaker accuracy on matched spans: 100\.0%.*kind accuracy: 100\.0%/);
      }
    });
  }
});
