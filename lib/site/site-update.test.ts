import { describe, expect, it } from "vitest";
import { articleRecord } from "../article/record";
import { makeArticle, makePerson, makeTopic, paragraph, quote } from "../content/test-fixtures";
import type { Article } from "../content/schema";
import { type Site, siteFromRecords } from "./site";
import { withArticle, withPeopleAndTopics } from "./site-update";

const people = ["ann", "ben", "cai", "dee"].map((id) => makePerson(id));
const topics = ["red", "green", "blue"].map((id) => makeTopic(id));

/** A small article: who speaks, how often, on which topics, when. */
function story(slug: string, day: number, topicIds: string[], speakers: [string, number][], role?: string): Article {
  let n = 0;
  return makeArticle({
    slug,
    publishedAt: `2025-01-${String(day).padStart(2, "0")}T10:00:00Z`,
    topics: topicIds,
    speakers: speakers.map(([id]) => (role ? { id, role } : { id })),
    body: [paragraph(...speakers.flatMap(([id, count]) => Array.from({ length: count }, () => quote(`q-${slug}-${n++}`, id, "Words"))))],
  });
}

/** The parts of a site the pages read, as plain values, to compare two sites. */
function shape(site: Site) {
  return {
    summaries: site.summaries.map((s) => s.slug),
    records: [...site.records.keys()].sort(),
    byTopic: Object.fromEntries([...site.byTopic].map(([t, list]) => [t, list.map((s) => s.slug)]).sort()),
    counts: Object.fromEntries([...site.topicCounts].sort()),
    inUse: site.topicsInUse.map((t) => t.id),
    appearances: Object.fromEntries([...site.appearances].map(([id, list]) => [id, list.map((a) => [a.article.slug, a.role, a.quotes.length])]).sort()),
    standings: site.standings,
    quoteCount: site.quoteCount,
  };
}

const start = [
  story("one", 1, ["red"], [["ann", 2]]),
  story("two", 2, ["red", "green"], [["ben", 1], ["ann", 1]], "Chair"),
  story("three", 3, ["blue"], [["cai", 3]]),
  story("same-day-a", 4, ["green"], [["dee", 1]]),
  story("same-day-b", 4, ["green"], [["dee", 1]]),
];
const base = siteFromRecords(start.map(articleRecord), people, topics);

describe("withArticle", () => {
  const cases: [string, string, Article | undefined][] = [
    ["adds a new newest story", "four", story("four", 9, ["blue", "red"], [["dee", 2], ["ann", 1]])],
    ["adds an old story in the middle", "zero", story("zero", 2, ["green"], [["cai", 1]])],
    ["corrects a story: new date, topics and speakers", "two", story("two", 8, ["blue"], [["cai", 1]], "Witness")],
    ["takes a story down", "three", undefined],
    ["takes down one of two stories of the same instant", "same-day-a", undefined],
    ["takes a story down by making it a draft", "one", { ...story("one", 1, ["red"], [["ann", 2]]), status: "draft" }],
    ["ignores the takedown of a story never published", "never", undefined],
  ];
  for (const [what, slug, after] of cases) {
    it(`${what}, as a full rebuild would`, () => {
      const records = new Map(start.map((a) => [a.slug, articleRecord(a)]));
      if (after) records.set(slug, articleRecord(after));
      else records.delete(slug);
      expect(shape(withArticle(base, slug, after && articleRecord(after)))).toEqual(shape(siteFromRecords(records.values(), people, topics)));
    });
  }

  it("leaves the site it was given as it was", () => {
    const before = shape(base);
    withArticle(base, "two", undefined);
    expect(shape(base)).toEqual(before);
  });

  it("gives the same site after a run of changes as a rebuild of the result", () => {
    let site = base;
    const records = new Map(start.map((a) => [a.slug, articleRecord(a)]));
    const changes: [string, Article | undefined][] = [
      ["five", story("five", 10, ["red"], [["ben", 2]])],
      ["one", undefined],
      ["five", story("five", 11, ["green", "red"], [["ben", 1], ["cai", 1]])],
      ["two", undefined],
      ["one", story("one", 1, ["blue"], [["ann", 4]])],
    ];
    for (const [slug, after] of changes) {
      site = withArticle(site, slug, after && articleRecord(after));
      if (after) records.set(slug, articleRecord(after));
      else records.delete(slug);
    }
    expect(shape(site)).toEqual(shape(siteFromRecords(records.values(), people, topics)));
  });
});

describe("withPeopleAndTopics", () => {
  it("takes the new files and keeps the indexes", () => {
    const site = withPeopleAndTopics(base, [...people, makePerson("eve")], [...topics.slice(0, 2), makeTopic("blue", { name: "Renamed" })]);
    expect(site.people.has("eve")).toBe(true);
    expect(site.topics.get("blue")?.name).toBe("Renamed");
    expect(site.topicsInUse.map((t) => t.id).sort()).toEqual(["blue", "green", "red"]);
    expect(site.summaries).toBe(base.summaries);
  });
});
