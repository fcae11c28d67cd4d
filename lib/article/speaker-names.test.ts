import { describe, expect, it } from "vitest";
import { speakerNames } from "./speaker-names";
import { byId, makePerson } from "../content/test-fixtures";

describe("speakerNames", () => {
  const people = byId([makePerson("nato", { name: "NATO" }), makePerson("jens-stoltenberg", { name: "Jens Stoltenberg" })]);

  it("gives names in the order of the ids, skipping unknown ones", () => {
    expect(speakerNames(["jens-stoltenberg", "ghost", "nato"], people)).toEqual(["Jens Stoltenberg", "NATO"]);
    expect(speakerNames([], people)).toEqual([]);
  });
});
