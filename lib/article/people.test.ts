import { describe, expect, it } from "vitest";
import { makeArticle, nestedQuote, paragraph, quote } from "../content/test-fixtures";
import { appearancesBySpeaker, speakerStandings } from "./people";
import { articleRecord } from "./record";

const older = makeArticle({
  slug: "older",
  publishedAt: "2024-03-01T09:00:00Z",
  speakers: [{ id: "jens-stoltenberg", role: "NATO Secretary-General" }, { id: "nato" }],
  body: [
    paragraph(quote("q-old-1", "jens-stoltenberg", "First, citing ", nestedQuote("q-old-2", "nato", "the treaty"))),
    paragraph(quote("q-old-3", "jens-stoltenberg", "Second")),
  ],
});
const newer = makeArticle({
  slug: "newer",
  publishedAt: "2025-01-15T09:00:00Z",
  speakers: [{ id: "jens-stoltenberg", role: "Former NATO Secretary-General" }],
  body: [{ type: "blockquote", id: "q-new-1", speaker: "jens-stoltenberg", children: ["Later words"] }],
});

describe("appearancesBySpeaker", () => {
  // Given oldest first, to show the order comes from the dates.
  const appearances = appearancesBySpeaker([older, newer].map(articleRecord));

  it("has an entry for every quoted speaker, nested quotes included", () => {
    expect([...appearances.keys()].sort()).toEqual(["jens-stoltenberg", "nato"]);
  });

  it("groups a speaker's quotes by article, newest article first", () => {
    const jens = appearances.get("jens-stoltenberg") ?? [];
    expect(jens.map((a) => a.article.slug)).toEqual(["newer", "older"]);
    expect(jens.map((a) => a.quotes.map((q) => q.id))).toEqual([["q-new-1"], ["q-old-1", "q-old-3"]]);
  });

  it("carries the role the speaker held in each article", () => {
    const jens = appearances.get("jens-stoltenberg") ?? [];
    expect(jens.map((a) => a.role)).toEqual(["Former NATO Secretary-General", "NATO Secretary-General"]);
    expect(appearances.get("nato")?.[0]).not.toHaveProperty("role");
  });

  it("carries the quote text and how it was shown, not where it sits in the body", () => {
    const [nato] = appearances.get("nato") ?? [];
    expect(nato?.quotes).toEqual([
      { id: "q-old-2", speaker: "nato", text: "the treaty", display: "inline", nested: true },
    ]);
    expect(appearances.get("jens-stoltenberg")?.[0]?.quotes[0]?.display).toBe("block");
  });

  it("summarises the article rather than carrying its body", () => {
    const [first] = appearances.get("nato") ?? [];
    expect(first?.article).toMatchObject({ slug: "older", quoteCount: 3, speakerIds: ["jens-stoltenberg", "nato"] });
    expect(first?.article).not.toHaveProperty("body");
  });

  it("is empty for no articles", () => {
    expect(appearancesBySpeaker([]).size).toBe(0);
  });
});

describe("speakerStandings", () => {
  const third = makeArticle({
    slug: "third",
    publishedAt: "2025-06-01T09:00:00Z",
    speakers: [{ id: "nato", role: "Joint statement" }],
    body: [paragraph(quote("q-third", "nato", "Agreed"))],
  });
  const standings = speakerStandings(appearancesBySpeaker([older, newer, third].map(articleRecord)));

  it("counts quotes and stories per speaker, most quoted first", () => {
    expect(standings.map((s) => [s.id, s.quoteCount, s.storyCount])).toEqual([
      ["jens-stoltenberg", 3, 2],
      ["nato", 2, 2],
    ]);
  });

  it("keeps the most recent role given and the date last quoted", () => {
    expect(standings[0]).toMatchObject({ latestRole: "Former NATO Secretary-General", latestAt: "2025-01-15T09:00:00Z" });
    expect(standings[1]).toMatchObject({ latestRole: "Joint statement", latestAt: "2025-06-01T09:00:00Z" });
  });

  it("breaks a tie in quotes by who was quoted most recently", () => {
    const a = makeArticle({ slug: "a", publishedAt: "2024-01-01T00:00:00Z", speakers: [{ id: "nato" }], body: [paragraph(quote("q-a", "nato", "x"))] });
    const b = makeArticle({ slug: "b", publishedAt: "2024-02-01T00:00:00Z", body: [paragraph(quote("q-b", "jens-stoltenberg", "y"))] });
    expect(speakerStandings(appearancesBySpeaker([a, b].map(articleRecord))).map((s) => s.id)).toEqual(["jens-stoltenberg", "nato"]);
    expect(speakerStandings(appearancesBySpeaker([a, b].map(articleRecord)))[1]).not.toHaveProperty("latestRole");
  });
});
