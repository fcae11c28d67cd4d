import { describe, expect, it } from "vitest";
import { attributed, draftUpTo } from "./test-helpers";

describe("stage fallback-speaker", () => {
  it("gives an unplaced quotation to the most quoted speaker, at a confidence that flags it", () => {
    const d = draftUpTo("fallback-speaker", ["“We tried,” said Jory Penhal.", "The ferry line said sorry after travellers were left “in bits”."]);
    expect(attributed(d)).toEqual([
      ["We tried,", "Jory Penhal", "tag-after"],
      ["in bits", "Jory Penhal", "fallback"],
    ]);
    expect(d.results.get(1)?.attribution.confidence).toBeLessThan(0.6);
  });

  it("reads a headline's own `Name: '…'` tag", () => {
    const d = draftUpTo("fallback-speaker", ["“We tried,” said Jory Penhal."], "Penhal: 'We threw it away'");
    expect(attributed(d)[0]).toEqual(["We threw it away", "Jory Penhal", "name-colon"]);
  });
});
