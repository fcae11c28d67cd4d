import { afterEach, describe, expect, it } from "vitest";
import { looksLikeOrganisation } from "./names";
import { NLP_CHOICES, type NlpSettings, libraryOrganisation, nlpSettings, posTags, useNlp } from "./nlp";
import { isVerbish } from "./phrases";
import { tokenize } from "./sentences";

const initial = nlpSettings();
afterEach(() => useNlp(initial));

describe("language libraries", () => {
  it("without them, no parts of speech and only the word lists", () => {
    useNlp(NLP_CHOICES.rules as NlpSettings);
    expect(posTags("Penhal grimaced.")).toBeUndefined();
    expect(isVerbish(tokenize("Penhal grimaced.")[1])).toBe(false);
    expect(libraryOrganisation(["Tidewater", "Guild"])).toBe(false);
  });

  it("wink-nlp tags each word, so a verb the lists lack still ends a subject", () => {
    useNlp(NLP_CHOICES.wink as NlpSettings);
    const tokens = tokenize("Penhal grimaced at the \uE000 charge.");
    expect(tokens.map((t) => t.pos)).toEqual(["PROPN", "VERB", "ADP", "DET", undefined, "NOUN", undefined]);
    expect(isVerbish(tokens[1])).toBe(true);
  });

  it("compromise recognises organisation names beyond the list of organisation words", () => {
    useNlp(NLP_CHOICES.compromise as NlpSettings);
    expect(libraryOrganisation(["Tidewater", "Guild"])).toBe(true);
    expect(looksLikeOrganisation(["Tidewater", "Guild"])).toBe(true);
    expect(libraryOrganisation(["Jory", "Penhal"])).toBe(false);
  });
});
