import { describe, expect, it } from "vitest";
import type { Block } from "../content/schema";
import { makeArticle, nestedQuote, paragraph, quote } from "../content/test-fixtures";
import { quotesBySpeaker } from "./quotes";

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

describe("quotesBySpeaker", () => {
  it("groups each speaker's quotes in reading order, speakers in order of first quote", () => {
    const grouped = quotesBySpeaker({ body });
    expect([...grouped.keys()]).toEqual(["alice", "bob", "carol", "dave", "erin"]);
    expect(grouped.get("alice")?.map((q) => q.id)).toEqual(["q-a", "q-f"]);
    expect(grouped.get("bob")?.map((q) => q.id)).toEqual(["q-b", "q-g"]);
  });
});
