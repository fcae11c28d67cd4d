import { describe, expect, it } from "vitest";
import { tokenize } from "./sentences";
import { unnamedPeople } from "./unnamed";

const people = (text: string) => unnamedPeople(tokenize(text), text).map((p) => p.text);

describe("unnamedPeople", () => {
  it("finds people mentioned without a name, as written", () => {
    expect(people("I had a lad in last month with a bike that cost more than my car.")).toEqual(["a lad"]);
    expect(people("One dad asked me to turn it up while his wife was pushing.")).toEqual(["One dad", "his wife"]);
    expect(people("One, from a sheep farmer near Tolkwell, read:")).toEqual(["a sheep farmer near Tolkwell"]);
  });

  it("leaves out roles that come with a name", () => {
    expect(people("Her daughter, Niamh Odo, is learning.")).toEqual([]);
    expect(people("It was headed in by his captain Bran Kell.")).toEqual([]);
  });
});
