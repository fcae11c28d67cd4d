import { describe, expect, it } from "vitest";
import { attributed, draftUpTo } from "./test-helpers";

describe("stage carry-continued", () => {
  it("gives every later segment its first segment's final speaker", () => {
    const d = draftUpTo("carry-continued", ["Ottilie Sarn said: “One.", "“Two.", "“Three.”"]);
    expect(attributed(d).map(([, speaker, method]) => [speaker, method])).toEqual([
      ["Ottilie Sarn", "tag-before"],
      ["Ottilie Sarn", "continued"],
      ["Ottilie Sarn", "continued"],
    ]);
  });
});
