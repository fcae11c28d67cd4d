import { describe, expect, it } from "vitest";
import { crossCheckArticle } from "../content/cross-check";
import { collectQuotes } from "../content/tree";
import { LIMITS, articleSchema, personSchema } from "../content/schema";
import type { Person, Topic } from "../content/schema";
import { buildArticle, matchTopics, numbered, slugify, summary } from "./article";
import { extractQuotations } from "./extract";
import type { PlainStory } from "./plain-text";

const known: Person[] = [{ id: "halvard-brenn", name: "Halvard Brenn", kind: "person", aliases: ["Brenn"] }];
const topics: Topic[] = [
  { id: "ferries", name: "Ferries" },
  { id: "corvane", name: "Corvane Island" },
];
const story: PlainStory = {
  section: "Coast",
  headline: "Ferry strike ends on Corvane Island",
  paragraphs: [
    "• Crews called the deal “fair”",
    "Halvard Brenn said: “We will rebuild the pier.",
    "“Then the skipper shouted ‘all aboard’ and we left.”",
    "A bus driver was stuck at the quay. The driver said she was “relieved”, and Ottilie Sarn, 40, added: “Ferries matter.”",
  ],
};

function build() {
  const extraction = extractQuotations(story, known);
  return buildArticle(story, extraction, known, { topics: ["ferries"], publishedAt: "2026-01-02T10:00:00Z" });
}

describe("buildArticle", () => {
  it("writes a draft that passes the schema and the cross-checks with its new speakers", () => {
    const built = build();
    expect(articleSchema.safeParse(built.article).success).toBe(true);
    for (const p of built.newPeople) expect(personSchema.safeParse(p).success, p.id).toBe(true);
    const people = new Map([...known, ...built.newPeople].map((p) => [p.id, p]));
    const problems = crossCheckArticle({ file: "x.json", value: built.article }, people, new Map(topics.map((t) => [t.id, t])));
    expect(problems).toEqual([]);
    expect(built.article.status).toBe("draft");
    expect(built.article.slug).toBe("ferry-strike-ends-on-corvane-island");
  });

  it("uses known speakers' ids, creates the others, and gives unnamed ones a story-specific id", () => {
    const built = build();
    expect(built.article.speakers.map((s) => s.id)).toContain("halvard-brenn");
    expect(built.newPeople.map((p) => p.id)).toEqual(
      expect.arrayContaining(["ottilie-sarn", "driver-in-ferry-strike-ends-on", "skipper-in-ferry-strike-ends-on", "crews-in-ferry-strike-ends-on"]),
    );
    expect(built.newPeople.find((p) => p.id === "ottilie-sarn")).toMatchObject({ name: "Ottilie Sarn", kind: "person", aliases: ["Sarn"] });
  });

  it("marks every quotation as a quote node, nested ones inside, bullets as a list", () => {
    const { article } = build();
    expect(article.body[0]).toMatchObject({ type: "list", items: [["Crews called the deal ", { type: "quote", children: ["fair"] }]] });
    expect(article.body[2]).toMatchObject({
      type: "paragraph",
      children: [{ type: "quote", speaker: "halvard-brenn", children: ["Then the skipper shouted ", { type: "quote", children: ["all aboard"] }, " and we left."] }],
    });
    const ids = JSON.stringify(article).match(/"id":"q-[a-z0-9-]+"/g) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("writes a quotation over two paragraphs as one quotation: the second segment continues the first", () => {
    const { article, review } = build();
    const first = article.body[1]?.type === "paragraph" ? article.body[1].children.find((c) => typeof c !== "string" && c.type === "quote") : undefined;
    const firstId = first && typeof first !== "string" && first.type === "quote" ? first.id : undefined;
    expect(firstId).toBeDefined();
    expect(article.body[2]).toMatchObject({ type: "paragraph", children: [{ type: "quote", continues: firstId }] });
    expect(review.quotes.filter((q) => q.continues === firstId)).toHaveLength(1);
    // Counted once: the two segments are one quotation with both paragraphs' words.
    const quotations = collectQuotes(article).filter((q) => !q.nested);
    expect(quotations.filter((q) => q.id === firstId)).toMatchObject([{ text: expect.stringContaining("We will rebuild the pier.") }]);
    expect(quotations.find((q) => q.id === firstId)?.segments).toHaveLength(1);
  });

  it("records each attribution for review, flagging the unsure ones, and summarises them", () => {
    const built = build();
    expect(built.review.quotes.map((q) => [q.text, q.method])).toContainEqual(["We will rebuild the pier.", "tag-before"]);
    const aboard = built.review.quotes.find((q) => q.text === "all aboard");
    expect(aboard?.review).toBe(true);
    expect(built.review.quotes.find((q) => q.text === "We will rebuild the pier.")?.review).toBe(false);
    expect(summary(built, "story.txt")).toMatch(/to check[\s\S]*“all aboard”/);
  });
});

describe("slugify and matchTopics", () => {
  it("makes a URL-safe slug from the first words", () => {
    expect(slugify("NATO chief: Allies combat Russian hybrid attacks with intelligence, more")).toBe("nato-chief-allies-combat-russian-hybrid-attacks-with");
    expect(slugify("Café’s “grand” opening", 3)).toBe("cafes-grand-opening");
  });
  it("finds topics named in the story", () => {
    expect(matchTopics(story, topics)).toEqual(["ferries", "corvane"]);
  });
});

describe("numbered", () => {
  it("keeps an id and its suffix within the schema's limit", () => {
    const long = `q-${"word-".repeat(30)}end`;
    expect(numbered(long, 1, LIMITS.quoteId).length).toBeLessThanOrEqual(LIMITS.quoteId);
    const second = numbered(long, 12, LIMITS.quoteId);
    expect(second.length).toBeLessThanOrEqual(LIMITS.quoteId);
    expect(second.endsWith("-12")).toBe(true);
    expect(numbered("q-short", 2, LIMITS.quoteId)).toBe("q-short-2");
  });
});
