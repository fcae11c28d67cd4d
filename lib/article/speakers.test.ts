import { describe, expect, it } from "vitest";
import { byId, makeArticle, makePerson, nestedQuote, paragraph, quote } from "../content/test-fixtures";
import { assignSlots, homeSlot } from "../speaker-colour/assign";
import { speakersInOrder } from "./speakers";

const people = byId([
  makePerson("jens-stoltenberg", { name: "Jens Stoltenberg" }),
  makePerson("nato", { name: "NATO", kind: "organisation" }),
  makePerson("volodymyr-zelensky", { name: "Volodymyr Zelensky" }),
]);

describe("speakersInOrder", () => {
  // Listed in one order, first quoted in another.
  const article = makeArticle({
    speakers: [
      { id: "nato", role: "Joint communique" },
      { id: "jens-stoltenberg", role: "NATO Secretary-General" },
      { id: "volodymyr-zelensky" },
    ],
    body: [
      paragraph("Intro."),
      paragraph(quote("q-1", "jens-stoltenberg", "One"), " and ", quote("q-2", "volodymyr-zelensky", "Two")),
      { type: "blockquote", id: "q-3", speaker: "jens-stoltenberg", children: ["Three, citing ", nestedQuote("q-4", "nato", "Four")] },
      paragraph(quote("q-5", "nato", "Five")),
    ],
  });
  const speakers = speakersInOrder(article, people);

  it("orders speakers by their first quote, not by $.speakers", () => {
    expect(speakers.map((s) => s.id)).toEqual(["jens-stoltenberg", "volodymyr-zelensky", "nato"]);
  });

  it("gives each speaker the ids of all their quotes, nested ones included", () => {
    expect(speakers.map((s) => s.quoteIds)).toEqual([["q-1", "q-3"], ["q-2"], ["q-4", "q-5"]]);
  });

  it("takes name and kind from the people files, and the role from this article", () => {
    expect(speakers[0]).toEqual({
      id: "jens-stoltenberg",
      name: "Jens Stoltenberg",
      kind: "person",
      role: "NATO Secretary-General",
      quoteIds: ["q-1", "q-3"],
      colour: homeSlot("jens-stoltenberg"),
    });
    expect(speakers[2]).toMatchObject({ name: "NATO", kind: "organisation", role: "Joint communique" });
  });

  it("leaves out the role when the article gives none", () => {
    expect(speakers[1]).not.toHaveProperty("role");
  });

  it("gives each speaker their own colour, resolved in order of first quote", () => {
    expect(speakers.map((s) => [s.id, s.colour])).toEqual([...assignSlots(["jens-stoltenberg", "volodymyr-zelensky", "nato"])]);
    expect(new Set(speakers.map((s) => s.colour)).size).toBe(3);
  });

  it("reuses colours only after the palette runs out", () => {
    const ids = ["s-1", "s-2", "s-3", "s-4", "s-5", "s-6", "s-7", "s-8"];
    const many = makeArticle({
      speakers: ids.map((id) => ({ id })),
      body: [paragraph(...ids.map((id, i) => quote(`q-${i}`, id, "Words")))],
    });
    const crowd = speakersInOrder(many, byId(ids.map((id) => makePerson(id))));
    expect(new Set(crowd.slice(0, 6).map((s) => s.colour)).size).toBe(6);
    expect(crowd.map((s) => s.colour)).toEqual([...assignSlots(ids).values()]);
  });

  it("is empty when nobody is quoted", () => {
    expect(speakersInOrder(makeArticle({ speakers: [], body: [paragraph("Nothing quoted.")] }), people)).toEqual([]);
  });

  it("throws on a quoted speaker with no people file", () => {
    const ghostly = makeArticle({ body: [paragraph(quote("q-1", "ghost", "Boo"))] });
    expect(() => speakersInOrder(ghostly, people)).toThrow(/unknown speaker "ghost"/);
  });
});
