import { describe, expect, it } from "vitest";
import { excerpt, plural } from "./text";

describe("excerpt", () => {
  it("returns short text unchanged, apart from collapsing whitespace", () => {
    expect(excerpt("Short and sweet.", 160)).toBe("Short and sweet.");
    expect(excerpt("  Two\n\nlines \t here ", 160)).toBe("Two lines here");
  });

  it("returns text of exactly the limit unchanged", () => {
    const text = "a".repeat(160);
    expect(excerpt(text, 160)).toBe(text);
  });

  it("cuts at the last whole word that fits, with an ellipsis, within the limit", () => {
    // "words " is 6 characters: 26 words and "…" make 156; a 27th word would make 162.
    expect(excerpt("words ".repeat(40), 160)).toBe(`${"words ".repeat(26).trim()}…`);
  });

  it("drops punctuation left dangling before the ellipsis", () => {
    // "word, " is 6 characters: the cut lands after the 26th "word,".
    expect(excerpt("word, ".repeat(40), 160)).toBe(`${"word, ".repeat(25)}word…`);
    expect(excerpt("Allies met — then everything changed", 14)).toBe("Allies met…");
  });

  it("cuts inside a word only when there is no space late enough", () => {
    expect(excerpt("a".repeat(200), 160)).toBe(`${"a".repeat(159)}…`);
    expect(excerpt(`short ${"b".repeat(200)}`, 160)).toBe(`short ${"b".repeat(153)}…`);
  });

  it("never exceeds the limit", () => {
    const text = "Stoltenberg’s remarks came on the final day of the NATO summit in Washington and following the alliance issuing a joint communique laying out new support.";
    for (const max of [20, 50, 80, 100, 140]) {
      const out = excerpt(text, max);
      expect(out.length, `max ${max}`).toBeLessThanOrEqual(max);
      expect(out.endsWith("…")).toBe(true);
    }
  });
});

describe("plural", () => {
  it("uses the singular for one only", () => {
    expect(plural(1, "quote")).toBe("1 quote");
    expect(plural(0, "quote")).toBe("0 quotes");
    expect(plural(3, "quote")).toBe("3 quotes");
  });

  it("takes an irregular plural", () => {
    expect(plural(1, "person", "people")).toBe("1 person");
    expect(plural(2, "person", "people")).toBe("2 people");
  });

  it("groups thousands", () => {
    expect(plural(1234, "word")).toBe("1,234 words");
  });
});
