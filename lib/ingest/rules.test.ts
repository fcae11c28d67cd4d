import { describe, expect, it } from "vitest";
import { STAGES, runStages, toExtraction } from "./extract";
import { RULES, documentPhrase, tagAfterRule } from "./rules";
import { placeholder, tokenize } from "./sentences";
import { attributeTagged } from "./stages/attribute-tagged";
import type { Stage } from "./stages/draft";

/** The attribute-tagged stage with another rule list, to see what each rule contributes. */
const withRules = (rules: typeof RULES): Stage => ({
  name: "attribute-tagged",
  run: (d) => attributeTagged.run(d, rules),
});

const methodsWith = (rules: typeof RULES, paragraphs: string[]) =>
  toExtraction(runStages({ headline: "Test story", paragraphs }, [], STAGES.map((s) => (s.name === "attribute-tagged" ? withRules(rules) : s)))).quotes.map((q) => [
    q.attribution.speaker?.name,
    q.attribution.method,
  ]);

describe("the attribution rules", () => {
  it("run in a fixed, documented order", () => {
    expect(RULES.map((r) => r.name)).toEqual(["continued", "name-colon", "tag-before", "tag-after", "reported-speech", "document", "split-quote", "follow-on"]);
  });

  it("each rule does its own part: without tag-after, a trailing tag is not read", () => {
    const story = ["Jory Penhal reopened the pier.", "“We rebuilt it,” said Ottilie Sarn."];
    expect(methodsWith(RULES, story)).toEqual([["Ottilie Sarn", "tag-after"]]);
    // The follow-on rule (the last speaker) has nobody to carry, so the fallback stage flags it.
    expect(methodsWith(RULES.filter((r) => r !== tagAfterRule), story)).toEqual([[undefined, "fallback"]]);
  });
});

describe("documentPhrase", () => {
  const doc = (text: string) => documentPhrase(tokenize(text), text)?.text;
  it("finds a warning or statement before the quotation, not a participle after a name", () => {
    expect(doc(`The warning said: ${placeholder(0)}`)).toBe("The warning");
    expect(doc(`Talks broke up, with Harbour Minister Ilse Varn warning that shelves could empty ${placeholder(0)}`)).toBeUndefined();
  });
});
