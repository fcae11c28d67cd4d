import { describe, expect, it } from "vitest";
import { loadContentRoot } from "../content/loader";
import { buildSite, usableContent } from "./site";
import { makeArticle, makePerson, makeTempRoot, makeTopic, paragraph, quote } from "../content/test-fixtures";

const people = [makePerson("jens-stoltenberg"), makePerson("nato", { kind: "organisation" }), makePerson("ghostwriter")];
const topics = [makeTopic("nato"), makeTopic("russia")];

const oldest = makeArticle({ slug: "oldest", publishedAt: "2023-01-01T00:00:00Z" });
const newest = makeArticle({ slug: "newest", publishedAt: "2025-01-01T00:00:00Z", topics: ["russia"] });
// A draft, newest of all, quoting someone nobody else quotes.
const draft = makeArticle({
  slug: "draft",
  status: "draft",
  publishedAt: "2026-01-01T00:00:00Z",
  speakers: [{ id: "jens-stoltenberg" }, { id: "ghostwriter" }],
  body: [paragraph(quote("q-draft", "jens-stoltenberg", "Not yet"), quote("q-ghost", "ghostwriter", "Secret"))],
});

describe("buildSite", () => {
  const site = buildSite([oldest, draft, newest], people, topics);

  it("lists published articles only, newest first", () => {
    expect(site.summaries.map((s) => s.slug)).toEqual(["newest", "oldest"]);
  });

  it("cannot look up a draft by slug", () => {
    expect(site.records.get("draft")).toBeUndefined();
    expect(site.records.get("oldest")?.summary.slug).toBe("oldest");
  });

  it("keeps drafts out of speakers' appearances", () => {
    expect(site.appearances.has("ghostwriter")).toBe(false);
    expect(site.appearances.get("jens-stoltenberg")?.map((a) => a.article.slug)).toEqual(["newest", "oldest"]);
  });

  it("indexes people and topics by id", () => {
    expect(site.people.get("nato")?.kind).toBe("organisation");
    expect([...site.topics.keys()]).toEqual(["nato", "russia"]);
  });

  it("does not reorder the articles it was given", () => {
    const given = [oldest, draft, newest];
    buildSite(given, people, topics);
    expect(given.map((a) => a.slug)).toEqual(["oldest", "draft", "newest"]);
  });
});

describe("usableContent", () => {
  it("leaves out exactly the files with problems and keeps the rest", () => {
    const tmp = makeTempRoot({
      "articles/newest.json": newest,
      "articles/oldest.json": { ...oldest, speakers: [{ id: "nobody" }] },
      "articles/broken.json": "{ not json",
      "people/jens-stoltenberg.json": people[0],
      "topics/nato.json": topics[0],
      "topics/russia.json": topics[1],
    });
    try {
      const loaded = loadContentRoot(tmp.root);
      expect(loaded.problems.length).toBeGreaterThan(0);
      const usable = usableContent(loaded);
      expect(usable.articles.map((a) => a.slug)).toEqual(["newest"]);
      expect(usable.people.map((p) => p.id)).toEqual(["jens-stoltenberg"]);
      expect(usable.topics.map((t) => t.id)).toEqual(["nato", "russia"]);
    } finally {
      tmp.remove();
    }
  });
});
