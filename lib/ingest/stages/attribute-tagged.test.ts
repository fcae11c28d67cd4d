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

  it("gives 'the lodger' to the person named after 'a lodger' was introduced, not to someone named before", () => {
    const d = draftUpTo("attribute-tagged", [
      "Inspector Wenna Tolk said a lodger had disturbed a burglar at a house in Quay Lane.",
      "Odo Brack, 34, who rents a room there, said he woke at 3am.",
      "“I heard the back door,” the lodger said.",
    ]);
    expect(attributed(d)).toEqual([["I heard the back door,", "Odo Brack", "tag-after"]]);
  });

  it("keeps 'the lodger' as written when no one has been named since 'a lodger'", () => {
    const d = draftUpTo("attribute-tagged", ["Odo Brack said a lodger had disturbed a burglar.", "“I heard the back door,” the lodger said."]);
    expect(attributed(d)).toEqual([["I heard the back door,", "the lodger", "tag-after"]]);
  });

  it("reads 'the town council' as the council the story names later, and 'the Friends group' by its capitalised word", () => {
    const d = draftUpTo("attribute-tagged", [
      "The town council says it will “look again” at the plan.",
      "Campaigners from Friends of Pell Green met Ardle Town Council on Monday.",
      "The Friends group said it would “keep going”.",
    ]);
    expect(attributed(d)).toEqual([
      ["look again", "Ardle Town Council", "reported-speech"],
      ["keep going", "Friends of Pell Green", "reported-speech"],
    ]);
  });

  it("gives the lead's 'a X' to the person first named at the start of the second paragraph, flagged", () => {
    const d = draftUpTo("attribute-tagged", [
      "A crane driver who dropped a container told inspectors he had been “blinded by the sun”, an inquiry heard.",
      "Tobin Marr, 51, of Quay Road, admitted the charge.",
    ]);
    expect(attributed(d)).toEqual([["blinded by the sun", "Tobin Marr", "reported-speech"]]);
    expect(d.results.get(0)?.attribution.confidence).toBeLessThan(0.9);
  });

  it("keeps the lead's 'a X' when the second paragraph opens with someone named before", () => {
    const d = draftUpTo("attribute-tagged", [
      "Inspector Ada Rusk said a crane driver had told her he was “blinded by the sun”.",
      "Ada Rusk, 40, leads the inquiry.",
    ]);
    expect(attributed(d)[0]?.[1]).not.toBe("Ada Rusk");
  });
});
