import { describe, expect, it } from "vitest";
import type { Block } from "../content/schema";
import { initials, labelledQuotes, shortName } from "./labels";

// Loosely typed builders: the cases are about ids and speakers, not the schema.
const q = (id: string, speaker: string, ...children: any[]) => ({ type: "quote" as const, id, speaker, children: children.length ? children : ["words"] });
const p = (...children: any[]): Block => ({ type: "paragraph", children });

describe("labelledQuotes", () => {
  it("labels the first quotation by each speaker in each paragraph", () => {
    const body: Block[] = [
      p("A said ", q("q-a1", "a"), " and ", q("q-a2", "a"), "; B said ", q("q-b1", "b"), "."),
      p(q("q-a3", "a"), " she added."),
    ];
    expect([...labelledQuotes({ body })]).toEqual(["q-a1", "q-b1", "q-a3"]);
  });

  it("treats each list item as its own run, and a blockquote's caption as naming its speaker", () => {
    const body: Block[] = [
      { type: "list", ordered: false, items: [[q("q-1", "a")], [q("q-2", "a")]] },
      { type: "blockquote", id: "q-3", speaker: "a", children: ["As ", q("q-4", "a"), " and ", q("q-5", "b"), " said"] },
    ];
    expect([...labelledQuotes({ body })]).toEqual(["q-1", "q-2", "q-5"]);
  });

  it("labels a nested quotation by someone not yet named", () => {
    const body: Block[] = [p(q("q-out", "a", "She cited ", q("q-in", "b", "this"), "."))];
    expect([...labelledQuotes({ body })]).toEqual(["q-out", "q-in"]);
  });
});

describe("shortName and initials", () => {
  it("uses a person's surname and an organisation's whole name", () => {
    expect(shortName({ name: "Volodymyr Zelensky", kind: "person" })).toBe("Zelensky");
    expect(shortName({ name: "NATO", kind: "organisation" })).toBe("NATO");
  });

  it("takes the first and last initials, skipping small words", () => {
    expect(initials("Jens Stoltenberg")).toBe("JS");
    expect(initials("NATO")).toBe("NA");
    expect(initials("Port Valden Council")).toBe("PC");
    expect(initials("Keldorian Coast Guard")).toBe("KG");
    expect(initials("Tessaline Compact")).toBe("TC");
  });
});
