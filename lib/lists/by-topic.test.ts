import { describe, expect, it } from "vitest";
import { articlesOnTopic } from "../article/related";
import { summarise } from "../article/summary";
import { makeArticle } from "../content/test-fixtures";
import { articlesOnTopicCached } from "./by-topic";

const card = (slug: string, topics: string[], publishedAt: string) => summarise(makeArticle({ slug, topics, publishedAt }));

describe("articlesOnTopicCached", () => {
  const summaries = [
    card("old-nato", ["nato"], "2020-01-01T00:00:00Z"),
    card("new-nato", ["nato", "russia"], "2024-01-01T00:00:00Z"),
    card("russia-only", ["russia"], "2023-01-01T00:00:00Z"),
  ];

  it("gives what articlesOnTopic gives", () => {
    expect(articlesOnTopicCached("nato", summaries)).toEqual(articlesOnTopic("nato", summaries));
    expect(articlesOnTopicCached("russia", summaries).map((a) => a.slug)).toEqual(["new-nato", "russia-only"]);
    expect(articlesOnTopicCached("space", summaries)).toEqual([]);
  });

  it("works each topic out once per list, and a different list afresh", () => {
    const first = articlesOnTopicCached("nato", summaries);
    expect(articlesOnTopicCached("nato", summaries)).toBe(first);
    const other = [card("elsewhere", ["nato"], "2021-01-01T00:00:00Z")];
    expect(articlesOnTopicCached("nato", other).map((a) => a.slug)).toEqual(["elsewhere"]);
  });
});
