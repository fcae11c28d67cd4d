import { describe, expect, it } from "vitest";
import { draftUpTo } from "./test-helpers";

describe("stage keep-quotations", () => {
  it("keeps quotations and sets labels and ratings aside with their reason", () => {
    const d = draftUpTo("keep-quotations", ["The bank moved Vellum from “neutral” to “buy”, and its head said it was “a fair price”.", "The so-called “harbour tax” returns."]);
    expect(d.spans.filter((_, i) => d.isQuote[i]).map((s) => s.text)).toEqual(["a fair price"]);
    expect(d.ignored.map((x) => [x.text, x.reason])).toEqual([
      ["neutral", "rating"],
      ["buy", "rating"],
      ["harbour tax", "label"],
    ]);
  });

  it("a later segment of a quotation over paragraphs is a quotation when its first segment is", () => {
    const d = draftUpTo("keep-quotations", ["She said: “One.", "“Two.”"]);
    expect(d.isQuote).toEqual([true, true]);
  });
});
