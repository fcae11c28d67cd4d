import { describe, expect, it } from "vitest";
import { attributed, draftUpTo } from "./test-helpers";

describe("stage attribute-tagged", () => {
  it("attributes top-level quotations in reading order, remembering who was named", () => {
    const d = draftUpTo("attribute-tagged", ["Harbour master Jory Penhal closed the port on Monday.", "“The swell is too high,” he said.", "“We wait.”"]);
    expect(attributed(d)).toEqual([
      ["The swell is too high,", "Jory Penhal", "tag-after"],
      ["We wait.", "Jory Penhal", "follow-on"],
    ]);
    expect(d.context?.allEntities().map((e) => e.name)).toContain("Jory Penhal");
  });

  it("leaves a quotation no rule can place without a speaker, for the fallback stage", () => {
    const d = draftUpTo("attribute-tagged", ["The ferry line said sorry after travellers were left “in bits”."]);
    expect(attributed(d)).toEqual([["in bits", undefined, "fallback"]]);
  });
});
