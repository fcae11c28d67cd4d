import { describe, expect, it } from "vitest";
import { fullestName, looksLikeOrganisation, nameRuns, splitName } from "./names";
import { tokenize } from "./sentences";

describe("nameRuns", () => {
  it("finds capitalised runs, drops a sentence's capitalised first word, stops at possessives", () => {
    const runs = nameRuns(tokenize("The ferry's captain Jory Penhal met Guy-Roger de Vries and Sophie’s mother."));
    expect(runs.map((r) => [r.words.join(" "), r.possessive])).toEqual([
      ["Jory Penhal", false],
      ["Guy-Roger de Vries", false],
      ["Sophie", true],
    ]);
  });
  it("never takes the pronoun I for a name", () => {
    expect(nameRuns(tokenize("Then I told Odile Marr and I've waited since.")).map((r) => r.words.join(" "))).toEqual(["Odile Marr"]);
  });
});

describe("splitName", () => {
  it("separates role, honorifics and name", () => {
    expect(splitName(["NATO", "Secretary-General", "Jens", "Stoltenberg"])).toEqual({ role: "NATO Secretary-General", titles: ["Secretary-General"], name: "Jens Stoltenberg" });
    expect(splitName(["Brig", "Gen", "Emmanuel", "Habineza"])).toMatchObject({ titles: ["Brig", "Gen"], name: "Emmanuel Habineza" });
    expect(splitName(["Miss", "Thornbury"])).toMatchObject({ name: "Thornbury", gender: "female" });
    expect(splitName(["Sir", "Martin"])).toMatchObject({ name: "Martin", gender: "male" });
    expect(splitName(["Ottilie", "Sarn"])).toEqual({ titles: [], name: "Ottilie Sarn" });
  });
});

describe("fullestName", () => {
  it("finds the longest person name containing the short form", () => {
    const names = ["Martin Coldwell", "Angela", "Sophie Kendrick", "Kingsmere General Hospital"];
    expect(fullestName("Martin", names)).toBe("Martin Coldwell");
    expect(fullestName("Coldwell", names)).toBe("Martin Coldwell");
    expect(fullestName("Angela", names)).toBe("Angela");
    expect(fullestName("Kingsmere", names)).toBe("Kingsmere");
  });
});

describe("looksLikeOrganisation", () => {
  it("knows acronyms and organisation words", () => {
    expect(looksLikeOrganisation(["NATO"])).toBe(true);
    expect(looksLikeOrganisation(["Harlow", "Pryce", "Securities"])).toBe(true);
    expect(looksLikeOrganisation(["Paul", "Dunleavy"])).toBe(false);
  });
});
