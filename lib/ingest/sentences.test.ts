import { describe, expect, it } from "vitest";
import { buildFrame, placeholder, splitSentences, tokenize } from "./sentences";

describe("buildFrame", () => {
  it("replaces each quotation, marks included, by its placeholder", () => {
    expect(buildFrame("He said “yes” today.", [{ index: 3, from: 8, to: 13 }])).toBe(`He said ${placeholder(3)} today.`);
  });
});

describe("splitSentences", () => {
  const quotes = ["We won.", "Yes."];
  const split = (frame: string) => splitSentences(frame, (i) => quotes[i] ?? "").map((s) => s.text);
  it("splits on full stops but not after titles and initials", () => {
    expect(split("Mr. Vell arrived. Dr Quist left. The U.S. team won.")).toEqual(["Mr. Vell arrived.", "Dr Quist left.", "The U.S. team won."]);
  });
  it("keeps a quotation and its tag together, and splits after a tag", () => {
    expect(split(`${placeholder(0)} Vell said. ${placeholder(1)}`)).toEqual([`${placeholder(0)} Vell said.`, placeholder(1)]);
  });
  it("ends a sentence after a quotation that ends one, when no tag follows", () => {
    expect(split(`She said: ${placeholder(0)} Then police came.`)).toEqual([`She said: ${placeholder(0)}`, "Then police came."]);
  });
  it("does not split at an ellipsis inside a title", () => {
    expect(split("Her The Real Me... Live tour ended.")).toHaveLength(1);
  });
});

describe("tokenize", () => {
  it("cuts possessives and trailing full stops off words, keeps placeholders", () => {
    const t = tokenize(`Stoltenberg’s remarks, ${placeholder(2)} said Burrows.`);
    expect(t.map((x) => x.word)).toEqual(["Stoltenberg", "remarks", ",", placeholder(2), "said", "Burrows", "."]);
    expect(t[0]?.possessive).toBe(true);
    expect(t[3]?.quote).toBe(2);
  });
});
