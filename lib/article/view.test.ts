import { describe, expect, it } from "vitest";
import { collectQuotes } from "../content/tree";
import { paragraph, quote } from "../content/test-fixtures";
import { segmentPlaces } from "./view";

describe("segmentPlaces", () => {
  it("ties each later segment to its quotation, and marks every segment but the last as continued", () => {
    const quotes = collectQuotes({
      body: [
        paragraph(quote("q-one", "alice", "First part.")),
        paragraph({ ...quote("q-one-2", "alice", "Second part."), continues: "q-one" }),
        { type: "blockquote", id: "q-one-3", speaker: "alice", children: ["Third."], continues: "q-one-2" },
        paragraph(quote("q-two", "bob", "Alone.")),
      ],
    });
    expect([...segmentPlaces(quotes)]).toEqual([
      ["q-one", { continued: true }],
      ["q-one-2", { quotation: "q-one", continued: true }],
      ["q-one-3", { quotation: "q-one", continued: false }],
    ]);
  });

  it("is empty when no quotation runs over paragraphs", () => {
    expect(segmentPlaces(collectQuotes({ body: [paragraph(quote("q-a", "alice", "A."))] })).size).toBe(0);
  });
});
