import { describe, expect, it } from "vitest";
import { draftUpTo } from "./test-helpers";

describe("stage find-marks", () => {
  it("finds the spans of the headline and the body, and keeps the warnings of messy marks", () => {
    const d = draftUpTo("find-marks", ["She said: ““We won.”", "“We are ready,” he said."], "'Sorry' says ferry firm");
    expect(d.spans.map((s) => [s.para, s.text])).toEqual([
      [-1, "Sorry"],
      [0, "We won."],
      [1, "We are ready,"],
    ]);
    expect(d.markWarnings.map((w) => w.message)).toEqual([expect.stringMatching(/doubled/)]);
  });
});
