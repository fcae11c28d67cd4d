import { describe, expect, it } from "vitest";
import { collectQuotes } from "../content/tree";
import { paragraph, quote } from "../content/test-fixtures";
import { continuedSegments, quotationOfSegments } from "./view";

describe("quotationOfSegments", () => {
  it("maps each later paragraph's segment to the quotation it belongs to, and nothing else", () => {
    const quotes = collectQuotes({
      body: [
        paragraph(quote("q-one", "alice", "First part.")),
        paragraph({ ...quote("q-one-2", "alice", "Second part."), continues: "q-one" }),
        { type: "blockquote", id: "q-one-3", speaker: "alice", children: ["Third."], continues: "q-one-2" },
        paragraph(quote("q-two", "bob", "Alone.")),
      ],
    });
    expect([...quotationOfSegments(quotes)]).toEqual([
      ["q-one-2", "q-one"],
      ["q-one-3", "q-one"],
    ]);
  });

  it("is empty when no quotation runs over paragraphs", () => {
    expect(quotationOfSegments(collectQuotes({ body: [paragraph(quote("q-a", "alice", "A."))] })).size).toBe(0);
  });
});

describe("continuedSegments", () => {
  it("names every segment a later paragraph continues: the first and the middle ones, not the last", () => {
    const quotes = collectQuotes({
      body: [
        paragraph(quote("q-one", "alice", "First.")),
        paragraph({ ...quote("q-one-2", "alice", "Second."), continues: "q-one" }),
        paragraph({ ...quote("q-one-3", "alice", "Third."), continues: "q-one-2" }),
        paragraph(quote("q-two", "bob", "Alone.")),
      ],
    });
    expect([...continuedSegments(quotes)]).toEqual(["q-one", "q-one-2"]);
  });
});
