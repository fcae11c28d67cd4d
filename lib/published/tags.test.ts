import { describe, expect, it } from "vitest";
import { articleRecord } from "../article/record";
import { makeArticle, paragraph, quote } from "../content/test-fixtures";
import { articlePageTags, listPageTags, publishTags, storyListTags } from "./tags";

const before = articleRecord(makeArticle({ slug: "story", topics: ["nato"] }));
const after = articleRecord(
  makeArticle({ slug: "story", topics: ["russia"], speakers: [{ id: "nato" }], body: [paragraph(quote("q-1", "nato", "A statement"))] }),
);

describe("publishTags", () => {
  it("revalidates the article, the whole-site lists, and the lists it leaves and joins", () => {
    expect(publishTags(before, after, { people: [], topics: [] }).sort()).toEqual(
      ["a:story", "l:p:jens-stoltenberg", "l:p:nato", "l:site", "l:t:nato", "l:t:russia"].sort(),
    );
  });

  it("covers a first publish and a takedown from one side", () => {
    expect(publishTags(undefined, after, { people: [], topics: [] })).toContain("l:t:russia");
    expect(publishTags(before, undefined, { people: [], topics: [] })).toEqual(expect.arrayContaining(["a:story", "l:t:nato", "l:p:jens-stoltenberg"]));
  });

  it("revalidates every page showing a person or topic whose file changed", () => {
    expect(publishTags(before, before, { people: ["jens-stoltenberg"], topics: ["nato"] })).toEqual(expect.arrayContaining(["p:jens-stoltenberg", "t:nato"]));
  });
});

describe("page tags", () => {
  it("tag an article page with itself, its related stories, its speakers and the topics it draws related stories from", () => {
    expect(articlePageTags(before, [{ slug: "other" }], ["nato"])).toEqual(["a:story", "a:other", "p:jens-stoltenberg", "t:nato", "l:t:nato"]);
  });

  it("tag a list page with the list and the people and topics it names, once each", () => {
    expect(listPageTags("l:site", { people: ["a", "b", "a"], topics: ["t"] })).toEqual(["l:site", "p:a", "p:b", "t:t"]);
  });

  it("tag a page of stories with the speakers named on each", () => {
    expect(storyListTags("l:t:nato", [before.summary, after.summary], ["nato"])).toEqual(["l:t:nato", "p:jens-stoltenberg", "p:nato", "t:nato"]);
  });

  it("match what a publish revalidates", () => {
    const published = publishTags(undefined, after, { people: [], topics: [] });
    // A new story in a topic reaches that topic's article pages (their related lists), the topic's lists and home.
    expect(published).toContain(articlePageTags(before, [], ["russia"]).at(-1));
    expect(published).toContain(listPageTags("l:site", {})[0]);
  });
});
