import { describe, expect, it } from "vitest";
import type { Block } from "./schema";
import { makeArticle, nestedQuote, paragraph, quote } from "./test-fixtures";
import { blockText, collectQuotes, inlineText } from "./tree";

const body: Block[] = [
  paragraph(
    "Intro ",
    quote("q-a", "alice", "A says ", nestedQuote("q-b", "bob", "B ", { type: "emphasis", children: ["said"] }), " end"),
    " and ",
    quote("q-c", "carol", { type: "link", href: "/x", children: ["C"] }),
    ".",
  ),
  { type: "blockquote", id: "q-d", speaker: "dave", children: ["Block ", nestedQuote("q-e", "erin", "E")] },
  { type: "list", ordered: false, items: [["item"], ["x ", quote("q-f", "alice", "F")]] },
  { type: "heading", level: 2, children: ["Heading ", { type: "strong", children: ["bold"] }] },
  paragraph(quote("q-g", "bob", "last")),
];

describe("collectQuotes", () => {
  const quotes = collectQuotes({ body });

  it("lists every quote in reading order, nested quotes right after their holder", () => {
    expect(quotes.map((q) => q.id)).toEqual(["q-a", "q-b", "q-c", "q-d", "q-e", "q-f", "q-g"]);
    expect(quotes.map((q) => q.speaker)).toEqual(["alice", "bob", "carol", "dave", "erin", "alice", "bob"]);
  });

  it("records where each quote sits in the JSON", () => {
    expect(quotes.map((q) => q.path)).toEqual([
      ["body", 0, "children", 1],
      ["body", 0, "children", 1, "children", 1],
      ["body", 0, "children", 3],
      ["body", 1],
      ["body", 1, "children", 1],
      ["body", 2, "items", 1, 1],
      ["body", 4, "children", 0],
    ]);
  });

  it("marks blockquotes as block and nested quotes as nested", () => {
    expect(quotes.map((q) => [q.id, q.display, q.nested])).toEqual([
      ["q-a", "inline", false],
      ["q-b", "inline", true],
      ["q-c", "inline", false],
      ["q-d", "block", false],
      ["q-e", "inline", true],
      ["q-f", "inline", false],
      ["q-g", "inline", false],
    ]);
  });

  it("gives each quote's words without its own marks or markup, a quote inside it in single marks", () => {
    expect(quotes.map((q) => q.text)).toEqual(["A says ‘B said’ end", "B said", "C", "Block ‘E’", "E", "F", "last"]);
  });

  it("finds nothing in an article without quotes", () => {
    expect(collectQuotes(makeArticle({ body: [paragraph("No one said anything.")] }))).toEqual([]);
  });
});

describe("collectQuotes over several paragraphs", () => {
  const segment = (id: string, speaker: string, text: string, continues?: string) => ({ type: "quote" as const, id, speaker, children: [text], ...(continues ? { continues } : {}) });

  it("merges later paragraphs' segments into the quotation they continue: one id, one count", () => {
    const quotes = collectQuotes({
      body: [
        paragraph(segment("q-one", "alice", "First part.")),
        paragraph(segment("q-one-2", "alice", "Second part.", "q-one")),
        { type: "blockquote", id: "q-one-3", speaker: "alice", children: ["Third part."], continues: "q-one-2" },
        paragraph(segment("q-two", "bob", "Another.")),
      ],
    });
    expect(quotes.map((q) => [q.id, q.text])).toEqual([
      ["q-one", "First part. Second part. Third part."],
      ["q-two", "Another."],
    ]);
    expect(quotes[0]?.segments).toEqual([
      { id: "q-one-2", path: ["body", 1, "children", 0] },
      { id: "q-one-3", path: ["body", 2] },
    ]);
  });

  it("keeps a segment that continues nothing earlier, or another speaker's quotation, as its own quotation", () => {
    const quotes = collectQuotes({
      body: [paragraph(segment("q-a", "alice", "A.", "q-missing")), paragraph(segment("q-b", "bob", "B.", "q-a"))],
    });
    expect(quotes.map((q) => q.id)).toEqual(["q-a", "q-b"]);
  });
});

describe("blockText and inlineText", () => {
  it("flattens markup to plain text", () => {
    expect(blockText(body[0] as Block)).toBe("Intro A says B said end and C.");
    expect(blockText(body[3] as Block)).toBe("Heading bold");
  });

  it("adds double marks outside and single marks inside, as the page shows them", () => {
    expect(blockText(body[0] as Block, true)).toBe("Intro “A says ‘B said’ end” and “C”.");
  });

  it("puts a blockquote in double marks and its nested quote in single ones", () => {
    expect(blockText(body[1] as Block)).toBe("Block E");
    expect(blockText(body[1] as Block, true)).toBe("“Block ‘E’”");
  });

  it("puts list items on their own lines", () => {
    expect(blockText(body[2] as Block, true)).toBe("item\nx “F”");
  });

  it("leaves strings alone", () => {
    expect(inlineText("plain", true)).toBe("plain");
    expect(inlineText(quote("q-x", "alice", "words"), true)).toBe("“words”");
    expect(inlineText(quote("q-x", "alice", "words"))).toBe("words");
  });
});
