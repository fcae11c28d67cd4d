import { readFileSync, writeFileSync, rmSync, existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadContentRoot } from "../content/loader";
import { type TempRoot, makeArticle, makePerson, makeTempRoot, makeTopic, paragraph, quote } from "../content/test-fixtures";
import { publishArchive, publishSlugs } from "./publish";
import { loadStore, refreshStore } from "./site-index";
import { journalPath, readPublishedArticle } from "./store";

let tmp: TempRoot | undefined;
afterEach(() => tmp?.remove());

const people = { "people/jens-stoltenberg.json": makePerson("jens-stoltenberg"), "people/nato.json": makePerson("nato", { kind: "organisation" }) };
const topics = { "topics/nato.json": makeTopic("nato"), "topics/russia.json": makeTopic("russia") };
const first = makeArticle({ slug: "first", publishedAt: "2024-01-01T00:00:00Z" });
const draft = makeArticle({ slug: "draft", status: "draft" });

/** A content folder with its published store inside, published whole as a build does. */
async function builtSite(extra: Record<string, unknown> = {}) {
  tmp = makeTempRoot({ ...people, ...topics, "articles/first.json": first, "articles/draft.json": draft, ...extra });
  const content = tmp.root;
  const store = path.join(content, ".published");
  await publishArchive(loadContentRoot(content), store);
  const write = (slug: string, value: unknown) => writeFileSync(path.join(content, "articles", `${slug}.json`), typeof value === "string" ? value : JSON.stringify(value));
  return { content, store, write };
}

describe("publishArchive", () => {
  it("copies published articles, people and topics to the store and indexes the published ones only", async () => {
    const { store } = await builtSite();
    const state = loadStore(store)!;
    expect([...state.records.keys()]).toEqual(["first"]);
    expect([...state.people.keys()].sort()).toEqual(["jens-stoltenberg", "nato"]);
    expect(readPublishedArticle("first", store)?.headline).toBe(first.headline);
    expect(readPublishedArticle("draft", store)).toBeUndefined();
  });

  it("removes from the store what is no longer published when the archive is published again", async () => {
    const { content, store, write } = await builtSite();
    write("first", { ...first, status: "draft" });
    await publishArchive(loadContentRoot(content), store);
    expect(existsSync(path.join(store, "articles", "first.json"))).toBe(false);
    expect(loadStore(store)!.records.size).toBe(0);
  });
});

describe("publishSlugs", () => {
  it("adds a new article, and another instance's state catches up from the journal", async () => {
    const { content, store, write } = await builtSite();
    const elsewhere = loadStore(store)!;
    write("second", makeArticle({ slug: "second", headline: "Second story", publishedAt: "2025-01-01T00:00:00Z", topics: ["russia"] }));
    const outcome = await publishSlugs(["second"], { content, store });
    expect(outcome).toMatchObject({ ok: true, results: [{ slug: "second", change: "added" }], paths: ["/articles/second"] });
    const refreshed = refreshStore(elsewhere, store);
    expect(refreshed).toMatchObject({ reloaded: false, entries: [{ slug: "second", record: { summary: { headline: "Second story" } } }] });
    expect(elsewhere.records.get("second")?.summary.headline).toBe("Second story");
  });

  it("tells an update from an unchanged republish, and writes the journal only for a change", async () => {
    const { content, store, write } = await builtSite();
    write("first", { ...first, headline: "Corrected headline" });
    expect(await publishSlugs(["first"], { content, store })).toMatchObject({ ok: true, results: [{ change: "updated" }] });
    const journal = readFileSync(journalPath(store), "utf8");
    const again = await publishSlugs(["first"], { content, store });
    expect(again).toMatchObject({ ok: true, results: [{ change: "unchanged" }] });
    // Republishing still revalidates: it is how a page left stale is repaired.
    expect(again.ok && again.tags).toContain("a:first");
    expect(readFileSync(journalPath(store), "utf8")).toBe(journal);
    expect(loadStore(store)!.records.get("first")?.summary.headline).toBe("Corrected headline");
  });

  it("takes an article down when its file is gone or back to draft", async () => {
    const { content, store, write } = await builtSite({ "articles/other.json": makeArticle({ slug: "other" }) });
    write("first", { ...first, status: "draft" });
    rmSync(path.join(content, "articles", "other.json"));
    const outcome = await publishSlugs(["first", "other", "never-published"], { content, store });
    expect(outcome.ok && outcome.results).toEqual([
      { slug: "first", change: "removed" },
      { slug: "other", change: "removed" },
      { slug: "never-published", change: "unchanged" },
    ]);
    expect(loadStore(store)!.records.size).toBe(0);
    expect(readPublishedArticle("first", store)).toBeUndefined();
  });

  it("refuses a batch with one invalid file, naming file, path and problem, and changes nothing", async () => {
    const { content, store, write } = await builtSite();
    write("first", { ...first, headline: "Would be the new headline" });
    write("broken", { ...makeArticle({ slug: "broken" }), headline: 42 });
    const outcome = await publishSlugs(["first", "broken"], { content, store });
    expect(outcome.ok).toBe(false);
    const problems = outcome.ok ? [] : outcome.problems;
    expect(problems).toContainEqual(expect.objectContaining({ file: expect.stringMatching(/articles\/broken\.json$/), path: "$.headline" }));
    expect(readPublishedArticle("first", store)?.headline).toBe(first.headline);
    expect(readFileSync(journalPath(store), "utf8")).toBe("");
  });

  it("refuses an article naming a speaker the content does not have", async () => {
    const { content, store, write } = await builtSite();
    write("ghost", makeArticle({ slug: "ghost", speakers: [{ id: "nobody-known" }], body: [paragraph(quote("q-1", "nobody-known", "Hello"))] }));
    const outcome = await publishSlugs(["ghost"], { content, store });
    expect(outcome.ok ? [] : outcome.problems.map((p) => p.message).join(" ")).toMatch(/nobody-known/);
  });

  it("publishes a changed person with the article that names them, and revalidates pages showing that person", async () => {
    const { content, store } = await builtSite();
    writeFileSync(path.join(content, "people", "jens-stoltenberg.json"), JSON.stringify(makePerson("jens-stoltenberg", { name: "A New Name" })));
    const outcome = await publishSlugs(["first"], { content, store });
    expect(outcome).toMatchObject({ ok: true, results: [{ change: "updated" }] });
    expect(outcome.ok && outcome.tags).toContain("p:jens-stoltenberg");
    expect(loadStore(store)!.people.get("jens-stoltenberg")?.name).toBe("A New Name");
  });

  it("makes a state reload whole when a build publishes the archive again", async () => {
    const { content, store, write } = await builtSite();
    const state = loadStore(store)!;
    write("second", makeArticle({ slug: "second" }));
    await publishArchive(loadContentRoot(content), store);
    const refreshed = refreshStore(state, store);
    expect(refreshed.reloaded).toBe(true);
    expect(refreshed.state).not.toBe(state);
    expect([...refreshed.state!.records.keys()].sort()).toEqual(["first", "second"]);
  });

  it("folds a long journal into a new base, and a state reloads it whole with nothing lost", async () => {
    const { content, store, write } = await builtSite();
    const state = loadStore(store)!;
    write("second", makeArticle({ slug: "second", headline: "Second story" }));
    await publishSlugs(["second"], { content, store, compactAt: 1 });
    expect(readFileSync(journalPath(store), "utf8")).toBe("");
    const refreshed = refreshStore(state, store);
    expect(refreshed.reloaded).toBe(true);
    expect(refreshed.state!.records.get("second")?.summary.headline).toBe("Second story");
    expect([...refreshed.state!.people.keys()].sort()).toEqual(["jens-stoltenberg", "nato"]);
  });
});
