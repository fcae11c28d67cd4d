import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadContentRoot } from "../content/loader";
import { type TempRoot, makeArticle, makePerson, makeTempRoot, makeTopic } from "../content/test-fixtures";
import { publishArchive, publishSlugs } from "../published/publish";
import { loadStore } from "../published/site-index";
import { getSite, publishedArticle } from "./get-site";
import { siteFromRecords } from "./site";

let tmp: TempRoot | undefined;
afterEach(() => {
  tmp?.remove();
  vi.unstubAllEnvs();
});

describe("getSite", () => {
  it("reads the published store, and after a publish changes just what was published", async () => {
    tmp = makeTempRoot({
      "people/jens-stoltenberg.json": makePerson("jens-stoltenberg"),
      "topics/nato.json": makeTopic("nato"),
      "articles/first.json": makeArticle({ slug: "first", publishedAt: "2024-01-01T00:00:00Z" }),
      "articles/draft.json": makeArticle({ slug: "draft", status: "draft" }),
    });
    const store = path.join(tmp.root, ".published");
    await publishArchive(loadContentRoot(tmp.root), store);
    vi.stubEnv("PUBLISHED_DIR", store);

    const before = getSite();
    expect(before.summaries.map((s) => s.slug)).toEqual(["first"]);
    expect(getSite()).toBe(before); // nothing published since: the same site
    expect(publishedArticle("draft")).toBeUndefined();

    writeFileSync(path.join(tmp.root, "articles", "second.json"), JSON.stringify(makeArticle({ slug: "second", headline: "Second", publishedAt: "2025-01-01T00:00:00Z" })));
    await publishSlugs(["second"], { content: tmp.root, store });
    const after = getSite();
    expect(after.summaries.map((s) => s.slug)).toEqual(["second", "first"]);
    expect(publishedArticle("second")?.headline).toBe("Second");
    // Updated in place of a rebuild, and the same as a rebuild.
    const state = loadStore(store)!;
    const rebuilt = siteFromRecords(state.records.values(), state.people.values(), state.topics.values());
    expect(after.standings).toEqual(rebuilt.standings);
    expect([...after.byTopic.get("nato")!].map((s) => s.slug)).toEqual(rebuilt.byTopic.get("nato")!.map((s) => s.slug));
  });

  it("is empty, not an error, where nothing was ever published", () => {
    tmp = makeTempRoot({});
    vi.stubEnv("PUBLISHED_DIR", path.join(tmp.root, ".published"));
    expect(getSite().summaries).toEqual([]);
  });
});
