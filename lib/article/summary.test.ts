import { describe, expect, it } from "vitest";
import { makeArticle, nestedQuote, paragraph, quote } from "../content/test-fixtures";
import { byNewest, summarise } from "./summary";

describe("summarise", () => {
  it("keeps what cards need, with speakers in order of first quote and every quote counted", () => {
    const article = makeArticle({
      slug: "summit",
      section: "Defense",
      headline: "Summit ends",
      standfirst: "Leaders agreed.",
      publishedAt: "2024-07-11T12:00:00Z",
      updatedAt: "2024-07-12T08:00:00Z",
      topics: ["nato", "ukraine"],
      speakers: [{ id: "nato" }, { id: "jens-stoltenberg" }],
      body: [
        paragraph(quote("q-1", "jens-stoltenberg", "One, citing ", nestedQuote("q-2", "nato", "two"))),
        { type: "blockquote", id: "q-3", speaker: "jens-stoltenberg", children: ["Three"] },
      ],
    });
    expect(summarise(article)).toEqual({
      slug: "summit",
      status: "published",
      demo: false,
      section: "Defense",
      headline: "Summit ends",
      standfirst: "Leaders agreed.",
      publishedAt: "2024-07-11T12:00:00Z",
      updatedAt: "2024-07-12T08:00:00Z",
      topics: ["nato", "ukraine"],
      speakerIds: ["jens-stoltenberg", "nato"],
      quoteCount: 3,
    });
  });

  it("leaves out what the article does not have, and carries demo and draft flags", () => {
    const summary = summarise(makeArticle({ demo: true, status: "draft" }));
    expect(summary).not.toHaveProperty("standfirst");
    expect(summary).not.toHaveProperty("updatedAt");
    expect(summary).not.toHaveProperty("body");
    expect(summary).toMatchObject({ demo: true, status: "draft", speakerIds: ["jens-stoltenberg"], quoteCount: 1 });
  });
});

describe("byNewest", () => {
  const at = (slug: string, publishedAt: string) => ({ slug, publishedAt });

  it("puts the later instant first, whatever the time zone", () => {
    const items = [at("b", "2024-07-12T01:00:00Z"), at("a", "2024-07-11T23:30:00-05:00"), at("c", "2023-12-31T23:59:59Z")];
    expect(items.sort(byNewest).map((i) => i.slug)).toEqual(["a", "b", "c"]);
  });

  it("breaks ties by slug", () => {
    const items = [at("zeta", "2024-07-11T12:00:00Z"), at("alpha", "2024-07-11T14:00:00+02:00")];
    expect(items.sort(byNewest).map((i) => i.slug)).toEqual(["alpha", "zeta"]);
  });
});
