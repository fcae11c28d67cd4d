import { describe, expect, it } from "vitest";
import { makeArticle, paragraph, quote } from "../content/test-fixtures";
import { goldFromArticle } from "./gold";

describe("goldFromArticle", () => {
  it("lists quote nodes in order with speakers' names; direct when they open a paragraph or follow a colon", () => {
    const article = makeArticle({
      body: [
        paragraph(quote("q-a", "jens-stoltenberg", "We are ready,"), " he said."),
        paragraph("He called it ", quote("q-b", "nato", "irreversible"), "."),
        paragraph("The statement read: ", quote("q-c", "nato", "We stand together.")),
      ],
    });
    const people = [
      { id: "jens-stoltenberg", name: "Jens Stoltenberg", kind: "person" as const },
      { id: "nato", name: "NATO", kind: "organisation" as const },
    ];
    expect(goldFromArticle(article, people)).toEqual([
      { text: "We are ready,", speaker: "Jens Stoltenberg", kind: "direct" },
      { text: "irreversible", speaker: "NATO", kind: "partial" },
      { text: "We stand together.", speaker: "NATO", kind: "direct" },
    ]);
  });
});
