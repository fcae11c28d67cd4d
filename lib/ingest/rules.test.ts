import { describe, expect, it } from "vitest";
import { STAGES, runStages, toExtraction } from "./extract";
import { RULES, agentAfter, documentPhrase, handleBefore, quoteKind, tagAfterRule } from "./rules";
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
    expect(RULES.map((r) => r.name)).toEqual(["continued", "name-colon", "handle", "tag-before", "tag-after", "agent", "reported-speech", "document", "split-quote", "follow-on"]);
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

describe("agentAfter", () => {
  const agent = (text: string) => {
    const tokens = tokenize(text);
    const a = agentAfter(tokens, tokens.findIndex((t) => t.quote === 0));
    return a && tokens.slice(a.from, a.to).map((t) => t.word).join(" ");
  };
  it("finds the agent of a passive speech verb and the source of a heard cry", () => {
    expect(agent(`The new bus lane was branded ${placeholder(0)} by angry traders who say trade fell.`)).toBe("angry traders");
    expect(agent(`She sat down to a cry of ${placeholder(0)} from the public gallery.`)).toBe("the public gallery");
  });
  it("is nothing without a passive or an utterance noun", () => {
    expect(agent(`Traders called it ${placeholder(0)} by the end of the day.`)).toBeUndefined();
  });
  it("gives the quotation to the agent in a story", () => {
    expect(methodsWith(RULES, ["Pell Street's new bus gate has been branded “a cash trap” by angry traders."])).toEqual([["angry traders", "reported-speech"]]);
  });
});

describe("quoteKind", () => {
  const kind = (text: string, quote: string, n = 0) => {
    const tokens = tokenize(text);
    return quoteKind(tokens, tokens.findIndex((t) => t.quote === n), text, quote, false);
  };
  it("reads a quotation after another, after a split tag, a cry or 'the words' as direct", () => {
    expect(kind(`Ivo Senn said it ${placeholder(0)} ${placeholder(1)}`, "We will build more.", 1)).toBe("direct");
    expect(kind(`${placeholder(0)} said the coach, Ivo Senn, ${placeholder(1)}`, "the best we have played.", 1)).toBe("direct");
    expect(kind(`The vote was met with a cry of ${placeholder(0)} from the gallery.`, "Never!")).toBe("direct");
    expect(kind(`She shared it with the words ${placeholder(0)} and a photograph.`, "Not here,")).toBe("direct");
    expect(kind(`The chair called ${placeholder(0)} and the room fell quiet.`, "Quiet, please")).toBe("direct");
  });
  it("keeps words built into the reporter's sentence partial", () => {
    expect(kind(`Critics called it ${placeholder(0)} in a review.`, "a mess")).toBe("partial");
    expect(kind(`The plan, ${placeholder(0)} in the words of one trader, failed.`, "a trap")).toBe("partial");
  });
});

describe("handleBefore", () => {
  it("finds a user or page name before the tag", () => {
    expect(handleBefore("Another, @tern_watch, shared the post with the words ")).toBe("@tern_watch");
    expect(handleBefore("An account named “gull_girl” replied: ")).toBe("gull_girl");
    expect(handleBefore("A group set up under the name 'Quay Mums' told its members: ")).toBe("Quay Mums");
  });
  it("ignores a name after the speaker's own verb", () => {
    expect(handleBefore("Ivo Senn said the account @tern_watch was ")).toBeUndefined();
    expect(handleBefore("The mayor said: ")).toBeUndefined();
  });
  it("makes the user name the speaker in a story", () => {
    expect(methodsWith(RULES, ["An account named “gull_girl” replied: “Not on my beach.”"])).toEqual([["gull_girl", "tag-before"]]);
  });
});
