import { describe, expect, it } from "vitest";
import { makeArticle, nestedQuote, paragraph, quote } from "../content/test-fixtures";
import { articleRecord, recordPullQuote } from "./record";

const long = "We will keep every ally informed as the work goes on, and we will say so when it is done.";
const article = makeArticle({
  slug: "story",
  speakers: [{ id: "jens-stoltenberg", role: "Secretary-General" }, { id: "nato" }],
  body: [paragraph(quote("q-1", "jens-stoltenberg", "Short, citing ", nestedQuote("q-2", "nato", "the treaty"))), paragraph(quote("q-3", "nato", long))],
});

describe("articleRecord", () => {
  const record = articleRecord(article);

  it("keeps the summary and each speaker's role, colour and quotes, in order of first quote", () => {
    expect(record.summary.slug).toBe("story");
    expect(record.speakers.map((s) => [s.id, s.role, s.quotes.map((q) => q.id)])).toEqual([
      ["jens-stoltenberg", "Secretary-General", ["q-1"]],
      ["nato", undefined, ["q-2", "q-3"]],
    ]);
    expect(new Set(record.speakers.map((s) => s.colour)).size).toBe(2);
  });

  it("leaves out where each quote sits in the body, which only the article page needs", () => {
    expect(record.speakers[1]!.quotes[0]).toEqual({ id: "q-2", speaker: "nato", text: "the treaty", display: "inline", nested: true });
  });

  it("names the pull quote, found again with its speaker", () => {
    expect(record.pullQuoteId).toBe("q-3");
    expect(recordPullQuote(record)).toMatchObject({ quote: { text: long }, speaker: { id: "nato" } });
    expect(recordPullQuote({ ...record, pullQuoteId: undefined })).toBeUndefined();
  });
});
