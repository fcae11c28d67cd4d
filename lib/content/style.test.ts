import { describe, expect, it } from "vitest";
import { carriesOwnMarks, styleWarnings } from "./style";
import { makeArticle, nestedQuote, paragraph, quote } from "./test-fixtures";

describe("carriesOwnMarks", () => {
  it.each([['"We are ready"'], ["“We are ready”"], ["“We are ready"], ["We are ready”"], ["‘We are ready’"], ["'We are ready'"]])("is true for %j", (text) => {
    expect(carriesOwnMarks([text])).toBe(true);
  });

  it.each([["We are ready"], ["the players'"], ["’Tis the season"], ["a ‘so-called’ deal"]])("is false for %j", (text) => {
    expect(carriesOwnMarks([text])).toBe(false);
  });

  it("does not count a nested quotation at the edge as a mark", () => {
    expect(carriesOwnMarks([nestedQuote("q-n", "nato", "irreversible"), " is the word"])).toBe(false);
  });
});

describe("styleWarnings", () => {
  it("names each quotation that carries its own marks, inline, nested and set off", () => {
    const article = makeArticle({
      body: [
        paragraph("Intro ", quote("q-a", "jens-stoltenberg", "“We are ready”"), " he said."),
        paragraph(quote("q-b", "jens-stoltenberg", "Fine, ", nestedQuote("q-c", "nato", '"irreversible"'))),
        { type: "blockquote", id: "q-d", speaker: "jens-stoltenberg", children: ["'Set off'"] },
      ],
    });
    expect(styleWarnings("a.json", article).map((w) => w.path)).toEqual(["$.body[0].children[1].children", "$.body[1].children[0].children[1].children", "$.body[2].children"]);
  });

  it("is quiet for clean quotations", () => {
    expect(styleWarnings("a.json", makeArticle())).toEqual([]);
  });
});
