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

  it("gives 'the tenant' to the person named after 'a tenant' was introduced, not to someone named before", () => {
    const d = draftUpTo("attribute-tagged", [
      "Inspector Wenna Tolk said a tenant had disturbed a burglar at a house in Quay Lane.",
      "Odo Brack, 34, who rents a room there, said he woke at 3am.",
      "“I heard the back door,” the tenant said.",
    ]);
    expect(attributed(d)).toEqual([["I heard the back door,", "Odo Brack", "tag-after"]]);
  });

  it("gives a description opening a paragraph to the person the story is about, not the person quoted last", () => {
    const d = draftUpTo("attribute-tagged", [
      "A pensioner chased a burglar from her home with a stick.",
      "Tamsin Odo, 79, woke at 2am in her nightdress.",
      "Her neighbour, Mira Kell, heard shouting. “She was in the road,” said Mrs Kell.",
      "The widow said she had not been scared. “He ran,” she said.",
    ]);
    expect(attributed(d)).toEqual([
      ["She was in the road,", "Mira Kell", "tag-after"],
      ["He ran,", "Tamsin Odo", "tag-after"],
    ]);
  });

  it("follows the turns of a present-tense exchange, and keeps a news report's follow-on paragraphs with one speaker", () => {
    const feature = draftUpTo("attribute-tagged", [
      "Odo Brack, 66, runs the ferry. His niece, Tamsin Kell, is learning, still in her oilskins.",
      "“Left a bit,” he says.",
      "“It is left.”",
      "“More than that, Tamsin.”",
      "“Like this?”",
    ]);
    expect(attributed(feature).map(([text, who]) => [text, who])).toEqual([
      ["Left a bit,", "Odo Brack"],
      ["It is left.", "Tamsin Kell"],
      ["More than that, Tamsin.", "Odo Brack"],
      ["Like this?", "Tamsin Kell"],
    ]);
    const news = draftUpTo("attribute-tagged", ["Odo Brack met Tamsin Kell at the quay.", "“We will not reopen,” said Ms Kell.", "“It is too risky.”", "“Nobody sails.”"]);
    expect(attributed(news).map(([, who]) => who)).toEqual(["Tamsin Kell", "Tamsin Kell", "Tamsin Kell"]);
  });

  it("gives a description with more than its noun ('the school librarian') to the person just named", () => {
    const d = draftUpTo("attribute-tagged", ["Tamsin Odo, 19, died in May.", "Her mother, Mira, said she had been kind.", "Mira, 50, was ill last year.", "The school librarian said: “It hit her hard.”"]);
    expect(attributed(d)).toEqual([["It hit her hard.", "Mira", "tag-before"]]);
  });

  it("keeps a post such as 'the judge' with whoever holds it", () => {
    const d = draftUpTo("attribute-tagged", ["Tamsin Odo, 79, was burgled in May.", "Judge Bran Kell jailed the burglar.", "The judge said: “You chose a frail victim.”"]);
    expect(attributed(d)).toEqual([["You chose a frail victim.", "Bran Kell", "tag-before"]]);
  });

  it("keeps 'the tenant' as written when no one has been named since 'a tenant'", () => {
    const d = draftUpTo("attribute-tagged", ["Odo Brack said a tenant had disturbed a burglar.", "“I heard the back door,” the tenant said."]);
    expect(attributed(d)).toEqual([["I heard the back door,", "the tenant", "tag-after"]]);
  });

  it("reads 'the harbour board' as the board the story names later, and 'the Heritage group' by its capitalised word", () => {
    const d = draftUpTo("attribute-tagged", [
      "The harbour board says it will “think again” about the plan.",
      "Campaigners from Heritage of Pell Green met Ardle Harbour Board on Monday.",
      "The Heritage group said it would “keep going”.",
    ]);
    expect(attributed(d)).toEqual([
      ["think again", "Ardle Harbour Board", "reported-speech"],
      ["keep going", "Heritage of Pell Green", "reported-speech"],
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
