import { describe, expect, it } from "vitest";
import { makeArticle, paragraph, quote } from "../content/test-fixtures";
import { DESCRIPTION_MAX, articleDescription } from "./description";

describe("articleDescription", () => {
  it("prefers the standfirst", () => {
    expect(articleDescription(makeArticle({ standfirst: "Leaders agreed new support." }))).toBe("Leaders agreed new support.");
  });

  it("otherwise uses the first paragraph, with its quotation marks", () => {
    const article = makeArticle({ body: [paragraph("Kyiv is on an ", quote("q-1", "nato", "irreversible"), " path."), paragraph("More.")] });
    expect(articleDescription(article)).toBe("Kyiv is on an “irreversible” path.");
  });

  it("uses a blockquote that opens the article, in quotation marks", () => {
    const article = makeArticle({ body: [{ type: "blockquote", id: "q-1", speaker: "nato", children: ["We stand together."] }] });
    expect(articleDescription(article)).toBe("“We stand together.”");
  });

  it("uses the opening paragraph, not a heading above it", () => {
    const article = makeArticle({ body: [{ type: "heading", level: 2, children: ["Background"] }, paragraph("The real opening.")] });
    expect(articleDescription(article)).toBe("The real opening.");
  });

  it("keeps to 160 characters, cutting at a word and marking the cut", () => {
    expect(DESCRIPTION_MAX).toBe(160);
    // "words " is 6 characters: 26 words and the ellipsis make 156; a 27th word would not fit.
    const description = articleDescription(makeArticle({ standfirst: "words ".repeat(40).trim() }));
    expect(description).toBe(`${"words ".repeat(26).trim()}…`);
  });

  it("cuts a long first paragraph the same way", () => {
    const text = "Stoltenberg said allies are increasing intelligence sharing to combat Russian sabotage on their territory, following reports that intelligence had foiled an assassination plot.";
    const description = articleDescription(makeArticle({ body: [paragraph(text)] }));
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description.endsWith("…")).toBe(true);
    const kept = description.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    expect(text[kept.length]).toMatch(/[\s,.]/);
  });
});
