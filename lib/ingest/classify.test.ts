import { describe, expect, it } from "vitest";
import { nestedIsQuotation, notQuotation } from "./classify";
import { findSpans } from "./marks";

/** The reason each span of a one-paragraph story is not a quotation (undefined: it is one). */
const reasons = (paragraph: string) => findSpans([paragraph]).spans.map((s) => [s.text, notQuotation(paragraph, s)]);

describe("notQuotation", () => {
  it("leaves out names, nicknames, usernames and scare quotes with no speech cue", () => {
    expect(reasons("Jory \"Jonno\" Penhal bought the boat he calls ‘The Gull’ from a user called \"tide_watcher\".")).toEqual([
      ["Jonno", "nickname"],
      ["The Gull", "name"],
      ["tide_watcher", "username"],
    ]);
    expect(reasons("By noon the post had gone \"mainstream\" and the plan was graded \"poor\".")).toEqual([
      ["mainstream", "no-speech-cue"],
      ["poor", "label"],
    ]);
    expect(reasons("The analyst moved his rating to \"buy\" from \"hold.\"")).toEqual([
      ["buy", "rating"],
      ["hold.", "rating"],
    ]);
  });

  it("keeps a short quotation with its tag, or with a speech verb before it", () => {
    expect(reasons("“Enough,” Brenn said. She texted back “Come HOME” at once. He called the plan “a mess”.")).toEqual([
      ["Enough,", undefined],
      ["Come HOME", undefined],
      ["a mess", undefined],
    ]);
  });

  it("keeps quotations, including one-word partials", () => {
    expect(reasons("He called it “reckless” and said: “We will appeal.”")).toEqual([
      ["reckless", undefined],
      ["We will appeal.", undefined],
    ]);
  });
  it("leaves out ratings moved from one label to another", () => {
    expect(reasons("The bank moved the stock from \"neutral\" to \"outperform.\"")).toEqual([
      ["neutral", "rating"],
      ["outperform.", "rating"],
    ]);
  });
  it("leaves out labels, nicknames and scare quotes introduced as such", () => {
    expect(reasons("The so-called “harbour tax”, a scheme dubbed ‘Project Gull’, known as \"the levy\".").map((r) => r[1])).toEqual(["label", "label", "label"]);
  });
  it("leaves out abbreviations and titles of works", () => {
    expect(reasons("The ‘D’ grade.")).toEqual([["D", "abbreviation"]]);
    expect(reasons("Her new album “Salt And Stone” is out.")).toEqual([["Salt And Stone", "title"]]);
  });
  it("leaves out wording the text says was not used", () => {
    expect(reasons("The letter didn't mention “blue hair” at all.")).toEqual([["blue hair", "negated"]]);
  });
});

describe("nestedIsQuotation", () => {
  it("keeps a nested quotation only after a speech verb", () => {
    const line = "“The pilot said to everybody ‘sit down’ and links in our ‘D’ were weak.”";
    const [, said, d] = findSpans([line]).spans;
    expect(said && nestedIsQuotation(line, said, 1)).toBe(true);
    expect(d && nestedIsQuotation(line, d, 1)).toBe(false);
    const told = "She said: “My publisher told me: ‘Don't get your hopes up.’ Then ‘X’ won.”";
    const [, hopes, x] = findSpans([told]).spans;
    expect(hopes && nestedIsQuotation(told, hopes, 11)).toBe(true);
    expect(x && nestedIsQuotation(told, x, 11)).toBe(false);
  });
});
