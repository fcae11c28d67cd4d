import { describe, expect, it } from "vitest";
import { makeArticle, paragraph, quote } from "../content/test-fixtures";
import { WORDS_PER_MINUTE, readingTimeMinutes, wordCount } from "./reading-time";

/** `n` distinct-looking words in one paragraph. */
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
const article = (...texts: string[]) => makeArticle({ body: texts.map((t) => paragraph(t)) });

describe("wordCount", () => {
  it("counts words separated by spaces and punctuation", () => {
    expect(wordCount(article("NATO allies, in Washington: met again."))).toBe(6);
  });

  it("counts a word with an apostrophe or a hyphen once", () => {
    expect(wordCount(article("there’s it's Stoltenberg’s full-scale well-known"))).toBe(5);
  });

  it("does not count dashes and quotation marks as words", () => {
    expect(wordCount(article("that — if anything — it “has” ‘effect’ -"))).toBe(6);
  });

  it("counts numbers and non-English letters", () => {
    expect(wordCount(article("In 2022 Zelenskyy met Tõnis in Kyiv"))).toBe(7);
  });

  it("counts every block, including quotes, blockquotes, lists and headings", () => {
    const a = makeArticle({
      body: [
        { type: "heading", level: 2, children: ["Two words"] },
        paragraph("He said ", quote("q-1", "jens-stoltenberg", "three more words")),
        { type: "blockquote", id: "q-2", speaker: "jens-stoltenberg", children: ["four words right here"] },
        { type: "list", ordered: true, items: [["one"], ["two words"]] },
      ],
    });
    expect(wordCount(a)).toBe(2 + 5 + 4 + 3);
  });

  it("keeps words apart across list items", () => {
    const a = makeArticle({ body: [{ type: "list", ordered: false, items: [["end"], ["start"]] }] });
    expect(wordCount(a)).toBe(2);
  });
});

describe("readingTimeMinutes", () => {
  it("reads at 230 words a minute", () => {
    expect(WORDS_PER_MINUTE).toBe(230);
  });

  it.each([
    [1, 1],
    [229, 1],
    [230, 1],
    [231, 2],
    [460, 2],
    [461, 3],
    [2300, 10],
  ])("%i words take %i min", (n, minutes) => {
    expect(wordCount(article(words(n)))).toBe(n);
    expect(readingTimeMinutes(article(words(n)))).toBe(minutes);
  });

  it("adds up words across paragraphs before rounding", () => {
    expect(readingTimeMinutes(article(words(115), words(116)))).toBe(2);
  });

  it("is at least one minute, even with no words", () => {
    expect(readingTimeMinutes(article("—"))).toBe(1);
    expect(wordCount(article("—"))).toBe(0);
  });
});
