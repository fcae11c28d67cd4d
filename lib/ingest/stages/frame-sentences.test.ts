import { describe, expect, it } from "vitest";
import { placeholder } from "../sentences";
import { draftUpTo } from "./test-helpers";

describe("stage frame-sentences", () => {
  it("replaces each top-level quotation by its placeholder and splits the reporter's sentences", () => {
    const d = draftUpTo("frame-sentences", ["“We sail at dawn. Be ready,” said Jory Penhal. The crew cheered.", "• Pupils called it ‘absurd’"]);
    expect(d.sentences[0]?.map((s) => s.text)).toEqual([`${placeholder(0)} said Jory Penhal.`, "The crew cheered."]);
    // A bullet is not part of the sentence.
    expect(d.sentences[1]?.map((s) => s.text)).toEqual([`Pupils called it ${placeholder(1)}`]);
  });
});
