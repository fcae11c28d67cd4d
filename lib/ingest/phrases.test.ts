import { describe, expect, it } from "vitest";
import { isVerbish, readClause, readPhrase } from "./phrases";
import { tokenize } from "./sentences";

const anyName = () => true;
const phrase = (text: string) => readPhrase(tokenize(text), text, anyName);
const clause = (text: string) => {
  const tokens = tokenize(text);
  return readClause(tokens, tokens.length, text, anyName);
};

describe("readPhrase", () => {
  it("tells pronouns, names, documents, organisation nouns and role nouns apart", () => {
    expect(phrase("she")).toMatchObject({ type: "pronoun", word: "she" });
    expect(phrase("BCTW general secretary Tony Brannigan")).toMatchObject({ type: "name", words: ["Tony", "Brannigan"], role: "BCTW general secretary" });
    expect(phrase("The alliance’s joint communique")).toMatchObject({ type: "document" });
    expect(phrase("the company")).toMatchObject({ type: "org-noun", noun: "company" });
    // With "Parents" not a name (the sentence's first word), the phrase is a group role noun, kept whole.
    const text = "Parents at the Derwenton school";
    expect(readPhrase(tokenize(text), text, (run) => run.words[0] !== "Parents")).toMatchObject({ type: "role", head: "parents", text });
    expect(phrase("from Ashgrove")).toBeUndefined();
  });
  it("reads a participle after a name as the name's, not as a document (“Minister Ilse Varn warning”)", () => {
    const p = phrase("Harbour Minister Ilse Varn warning");
    expect(p?.type).toBe("name");
    expect(p?.type === "name" && p.words.slice(-2)).toEqual(["Ilse", "Varn"]);
  });
});

describe("isVerbish", () => {
  it("does not take a capitalised word inside a sentence for a verb (“the Liberal Left Union”)", () => {
    const tokens = tokenize("Leaders of the Liberal Left Union left early.");
    expect(isVerbish(tokens.find((t) => t.word === "Left"))).toBe(false);
    expect(isVerbish(tokens.find((t) => t.word === "left"))).toBe(true);
  });
});

describe("readClause", () => {
  it("finds the subject after a leading phrase and past appositives, and its verb", () => {
    const c = clause("Discussing the result, Petra Valcheva – a writer of papers – said:");
    expect(c.subject).toMatchObject({ type: "name", words: ["Petra", "Valcheva"] });
    expect(c.appositives).toHaveLength(1);
    expect(c.verb).toBeDefined();
    expect(clause("Liam Dorsett, 31, of Heron Close, Elmsworth, asked for cash").subject).toMatchObject({ words: ["Liam", "Dorsett"] });
  });
  it("keeps a role noun with a name in an appositive", () => {
    const c = clause("Lusumba's army spokesman, Colonel Fabrice Ilunga, called it");
    expect(c.subject).toMatchObject({ type: "role", head: "spokesman" });
    expect(c.appositives[0]).toMatchObject({ type: "name", words: ["Colonel", "Fabrice", "Ilunga"] });
  });
  it("marks a passive (“staff were told”) and keeps the leading phrase", () => {
    const c = clause("In a leaked internal memo, staff were told:");
    expect(c.passive).toBe(true);
    expect(c.lead?.map((t) => t.word)).toEqual(["In", "a", "leaked", "internal", "memo"]);
  });
  it("finds the subject after a short time or place phrase with no comma", () => {
    expect(clause("At 4.10pm he texted his brother, Tavi Oune:").subject).toMatchObject({ type: "pronoun", word: "he" });
    expect(clause("In court Dorsett said he had").subject).toMatchObject({ type: "name", words: ["Dorsett"] });
    expect(clause("In a circular to crews, the skipper said").subject).toMatchObject({ type: "role", head: "skipper" });
  });
  it("has no subject when the clause starts with its verb (“… but said it fits …”)", () => {
    expect(clause("said it fits a pattern").subject).toBeUndefined();
  });
});

describe("readClause: subjects met in features and messages", () => {
  it("takes 'a lad called Odo' as Odo, and skips a time phrase before the subject", () => {
    expect(clause("A young lad called Odo Brack shared round his food")).toMatchObject({ subject: { type: "name", words: ["Odo", "Brack"], role: "young lad" } });
    expect(clause("every Tuesday she says")).toMatchObject({ subject: { type: "pronoun", word: "she" } });
  });

  it("reads a noun after an article even when it can be a verb, and finds no one in 'Nobody' or a question word", () => {
    expect(clause("The reply, sent at noon, said")).toMatchObject({ subject: { type: "document", text: "The reply" } });
    expect(clause("Nobody came on the Monday").subject).toBeUndefined();
    expect(clause("What has changed most").subject).toBeUndefined();
    expect(phrase("There's a lady")).toMatchObject({ type: "role", text: "a lady" });
  });

  it("ends a name subject at a verb the tagger took for a noun", () => {
    expect(clause("Odo crouches beside him")).toMatchObject({ subject: { type: "name", text: "Odo" } });
  });
});
