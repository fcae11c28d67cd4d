import { describe, expect, it } from "vitest";
import { nestedQuote, paragraph, quote } from "../content/test-fixtures";
import { quotesBySpeaker } from "./quotes";

describe("quotesBySpeaker", () => {
  it("groups each speaker's quotes in reading order, speakers in order of first quote", () => {
    const body = [
      paragraph(quote("q-a", "alice", "A says ", nestedQuote("q-b", "bob", "B")), " and ", quote("q-c", "carol", "C")),
      { type: "list" as const, ordered: false, items: [["x ", quote("q-f", "alice", "F")]] },
      paragraph(quote("q-g", "bob", "last")),
    ];
    const grouped = quotesBySpeaker({ body });
    expect([...grouped.keys()]).toEqual(["alice", "bob", "carol"]);
    expect(grouped.get("alice")?.map((q) => q.id)).toEqual(["q-a", "q-f"]);
    expect(grouped.get("bob")?.map((q) => q.id)).toEqual(["q-b", "q-g"]);
  });
});
