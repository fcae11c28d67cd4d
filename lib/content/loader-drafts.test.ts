import { afterEach, describe, expect, it } from "vitest";
import { listDrafts } from "./loader";
import { type TempRoot, makeArticle, makePerson, makeTempRoot, makeTopic, paragraph } from "./test-fixtures";

let tmp: TempRoot | undefined;
afterEach(() => tmp?.remove());

describe("listDrafts", () => {
  it("lists drafts with their state, and no published article", () => {
    tmp = makeTempRoot({
      "articles/published-one.json": makeArticle({ slug: "published-one" }),
      "articles/good-draft.json": makeArticle({ slug: "good-draft", status: "draft", headline: "Coming soon" }),
      "articles/bad-draft.json": makeArticle({ slug: "bad-draft", status: "draft", topics: ["nowhere"] }),
      "articles/broken-draft.json": '{ "slug": "broken-draft", "status": "draft", }',
      // Published, but a quote in its text mentions the status field.
      "articles/mentions-status.json": makeArticle({ slug: "mentions-status", body: [paragraph('set "status": "draft" to hide it')] }),
      "articles/Bad Name.json": '{ "status": "draft" }',
      "people/jens-stoltenberg.json": makePerson("jens-stoltenberg"),
      "topics/nato.json": makeTopic("nato"),
    });
    const drafts = listDrafts(tmp.root);
    expect(drafts.map((d) => [d.slug, d.headline, d.problems.length > 0])).toEqual([
      ["Bad Name", undefined, true],
      ["bad-draft", undefined, true],
      ["broken-draft", undefined, true],
      ["good-draft", "Coming soon", false],
    ]);
    expect(drafts[1]?.problems[0]?.message).toContain('unknown topic "nowhere"');
    expect(drafts[2]?.problems[0]?.message).toMatch(/invalid JSON/);
  });

  it("returns nothing for a root without articles", () => {
    tmp = makeTempRoot({ "people/": null });
    expect(listDrafts(tmp.root)).toEqual([]);
  });
});
