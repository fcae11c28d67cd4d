import { describe, expect, it } from "vitest";
import { makeArticle, paragraph, quote } from "../content/test-fixtures";
import { PULL_QUOTE_MAX, pullQuote } from "./pull-quote";

const words = (n: number) => "word ".repeat(n).trim();

describe("pullQuote", () => {
  it("takes the longest quotation of a readable length, the earlier on a tie", () => {
    const article = makeArticle({
      body: [paragraph(quote("q-short", "a", "Yes."), " and ", quote("q-mid", "a", words(10)), quote("q-long", "a", words(30)), quote("q-same", "a", words(30)))],
    });
    expect(pullQuote(article)?.id).toBe("q-long");
  });

  it("prefers a quotation the editor set off as its own paragraph", () => {
    const article = makeArticle({
      body: [paragraph(quote("q-long", "a", words(40))), { type: "blockquote", id: "q-block", speaker: "a", children: [words(12)] }],
    });
    expect(pullQuote(article)?.id).toBe("q-block");
  });

  it("lifts nothing too short or too long to stand alone", () => {
    expect(pullQuote(makeArticle({ body: [paragraph(quote("q-a", "a", "irreversible"))] }))).toBeUndefined();
    const long = makeArticle({ body: [paragraph(quote("q-a", "a", "x".repeat(PULL_QUOTE_MAX + 1)))] });
    expect(pullQuote(long)).toBeUndefined();
    expect(pullQuote(makeArticle({ body: [paragraph("Nobody quoted.")] }))).toBeUndefined();
  });
});
