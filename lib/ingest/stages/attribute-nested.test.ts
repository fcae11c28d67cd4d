import { describe, expect, it } from "vitest";
import { attributed, draftUpTo } from "./test-helpers";

describe("stage attribute-nested", () => {
  it("gives a nested quotation to the speaker named inside the outer one, and I/we to the outer speaker", () => {
    const d = draftUpTo("attribute-nested", ["Ottilie Sarn said: “The skipper told us ‘stay below’. I said ‘we will’.”"]);
    expect(attributed(d)).toEqual([
      ["The skipper told us ‘stay below’. I said ‘we will’.", "Ottilie Sarn", "tag-before"],
      ["stay below", "The skipper", "nested"],
      ["we will", "Ottilie Sarn", "nested"],
    ]);
  });
});
