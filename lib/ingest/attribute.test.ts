import { describe, expect, it } from "vitest";
import { CALIBRATED, StoryContext, clauseStart, confidenceOf, governingVerb, isPlural, nounGender, roleFromAppositive, opensSentence, roleHead, scorelineTeams, subjectPronounGender, tagAfter } from "./attribute";
import { placeholder, tokenize } from "./sentences";

const Q = placeholder(0);
const at = (tokens: ReturnType<typeof tokenize>) => tokens.findIndex((t) => t.quote === 0);

describe("governingVerb", () => {
  it("is the nearest speech verb before the quotation, not one behind a subordinate clause, a negation or a noun", () => {
    const words = (text: string) => {
      const tokens = tokenize(text);
      const v = governingVerb(tokens, at(tokens));
      return v === undefined ? undefined : tokens[v]?.word;
    };
    expect(words(`Sir Martin said this showed that ${Q}`)).toBe("said");
    expect(words(`Jetwell have said sorry after travellers were left ${Q}`)).toBeUndefined();
    expect(words(`He did not say ${Q}`)).toBeUndefined();
    expect(words(`Ruvenia said that Corvane's demands were ${Q}`)).toBe("said");
  });
});

describe("clauseStart", () => {
  it("starts the clause after ', and', a relative pronoun with its own subject, or a parenthetical tag's comma", () => {
    const start = (text: string, verb: string) => {
      const tokens = tokenize(text);
      return tokens[clauseStart(tokens, tokens.findIndex((t) => t.word === verb))]?.word;
    };
    expect(start("The driver said it was fine, and Ottilie Sarn added", "added")).toBe("Ottilie");
    expect(start("her novel, which judges called", "called")).toBe("judges");
    expect(start("Their findings, she said, suggest", "said")).toBe("she");
    expect(start("Stoltenberg did not comment, but said", "said")).toBe("said");
  });
});

describe("tagAfter", () => {
  const tag = (text: string) => {
    const tokens = tokenize(text);
    return tagAfter(tokens, at(tokens), text, () => true)?.phrase;
  };
  it("reads verb-then-speaker, speaker-then-verb and 'according to'", () => {
    expect(tag(`${Q} said Paul Dunleavy, an analyst.`)).toMatchObject({ type: "name", words: ["Paul", "Dunleavy"] });
    expect(tag(`${Q} Stoltenberg said at a press conference.`)).toMatchObject({ type: "name", words: ["Stoltenberg"] });
    expect(tag(`${Q} the Midnight Heist star began.`)).toMatchObject({ type: "role", head: "star" });
    expect(tag(`${Q}, according to Senna Quist.`)).toMatchObject({ type: "name", words: ["Senna", "Quist"] });
  });
  it("prefers a name straight after the verb to a pronoun before it", () => {
    expect(tag(`${Q} she said Ms Hollins, 34.`)).toMatchObject({ type: "name", words: ["Ms", "Hollins"] });
  });
  it("is not a passive or a new clause", () => {
    expect(tag(`${Q}, the court was told.`)).toBeUndefined();
    expect(tag(`${Q} and said troops were ready.`)).toBeUndefined();
  });
});

describe("StoryContext", () => {
  it("resolves short names to the fullest name in the story and known speakers by alias", () => {
    const ctx = new StoryContext(["Unity leader Sir Martin Coldwell spoke."], [], [{ id: "nato", name: "NATO", kind: "organisation", aliases: ["the alliance"] }]);
    expect(ctx.nameEntity(["Sir", "Martin"]).entity).toMatchObject({ name: "Martin Coldwell", kind: "person", gender: "male" });
    expect(ctx.lookupKnown("The alliance")?.id).toBe("nato");
  });
});

describe("confidenceOf", () => {
  it("starts from the method and loses confidence for each uncertain step", () => {
    expect(confidenceOf("tag-after", ["name"])).toBe(0.95);
    expect(confidenceOf("tag-before", ["role-noun"])).toBe(0.7);
    // Measured on the tuning half, where it differs from the formula.
    expect(confidenceOf("tag-after", ["pronoun"])).toBe(CALIBRATED["tag-after pronoun"]);
    expect(confidenceOf("reported-speech", ["description"])).toBe(0.4);
    expect(confidenceOf("fallback", [])).toBe(0.3);
  });
});

describe("isPlural", () => {
  it("reads a count or a plural head as a group, a number inside a label as one person", () => {
    expect(isPlural("About 300 people")).toBe(true);
    expect(isPlural("the residents")).toBe(true);
    expect(isPlural("A Year 9 pupil")).toBe(false);
    expect(isPlural("the driver")).toBe(false);
  });
});

describe("subjectPronounGender", () => {
  const gender = (text: string, other?: string) => {
    const tokens = tokenize(text);
    return subjectPronounGender(tokens, 0, other ? [text.indexOf(other)] : []);
  };
  it("reads the sex from the subject's own pronoun later in the sentence", () => {
    expect(gender("Tamsin Odo, 19, arrives at four, still in her helmet.")).toBe("female");
    expect(gender("Bran Kell packed his nets.")).toBe("male");
  });
  it("says nothing when the pronoun may be someone else's, or there is none", () => {
    expect(gender("Tamsin Odo met Bran Kell at his boat.", "Bran Kell")).toBeUndefined();
    expect(gender("Tamsin Odo arrives at four.")).toBeUndefined();
    expect(gender("Tamsin Odo said he never used a script.")).toBeUndefined();
  });
});

describe("roleHead", () => {
  it("is the noun before any preposition", () => {
    expect(roleHead("nurse at harbridge general")).toBe("nurse");
    expect(roleHead("father of three")).toBe("father");
    expect(roleHead("chief engineer")).toBe("engineer");
    expect(roleHead("the Dancing On Sunset hitmaker")).toBe("hitmaker");
  });
});

describe("scorelineTeams", () => {
  it("reads the two sides of a score line", () => {
    expect(scorelineTeams("Pell Quay Rovers 3 Tolk Town 1")).toEqual(["Pell Quay Rovers", "Tolk Town"]);
    expect(scorelineTeams("Brenn 0, Odo Athletic 2")).toEqual(["Brenn", "Odo Athletic"]);
  });
  it("reads nothing in an ordinary sentence", () => {
    expect(scorelineTeams("Tamsin Odo scored 2 goals in 10 minutes.")).toEqual([]);
  });
});

describe("opensSentence", () => {
  it("is true at a sentence's start or after a short time or place", () => {
    expect(opensSentence("")).toBe(true);
    expect(opensSentence("In May ")).toBe(true);
    expect(opensSentence("Outside court, ")).toBe(true);
  });
  it("is false after a verb or a clause", () => {
    expect(opensSentence("Tamsin Odo said ")).toBe(false);
    expect(opensSentence("When the boat sank and everyone swam ashore, ")).toBe(false);
  });
});

describe("nounGender", () => {
  it("reads the sex of a family noun, also in a compound", () => {
    expect(nounGender("mum-of-two")).toBe("female");
    expect(nounGender("father")).toBe("male");
    expect(nounGender("striker")).toBeUndefined();
  });
});

describe("roleFromAppositive", () => {
  it("turns a post held into its noun, past or present", () => {
    expect(roleFromAppositive("who chairs the Tidewater Guild")).toBe("chair of the Tidewater Guild");
    expect(roleFromAppositive("who had chaired the council for nine years")).toBe("former chair of the council for nine years");
    expect(roleFromAppositive("who had lunch with her")).toBeUndefined();
  });
});
