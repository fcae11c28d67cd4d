import { appendFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type ArticleRecord, articleRecord } from "../article/record";
import { type LoadedContent, type Folder, contentRoot, loadSingleArticle } from "../content/loader";
import type { Problem } from "../content/problems";
import type { Article, Person, Topic } from "../content/schema";
import { articlePath } from "../paths";
import { loadStore } from "./site-index";
import { type BaseHeader, type JournalEntry, basePath, fileState, journalPath, publishedRoot, readPublishedArticle, readText, storeExists, storeFile, withStoreLock, writeAtomic } from "./store";
import { publishTags } from "./tags";

export type PublishChange = "added" | "updated" | "removed" | "unchanged";

export interface PublishResult {
  slug: string;
  change: PublishChange;
}

export type PublishOutcome =
  | { ok: true; results: PublishResult[]; tags: string[]; paths: string[] }
  | { ok: false; problems: Problem[] };

type Plan =
  | { slug: string; action: "remove" }
  | { slug: string; action: "put"; article: Article; people: Map<string, Person>; topics: Map<string, Topic> };

/** How a file is kept in the store: the checked value, not the editor's text, so the copy is exactly what was validated. */
const storeText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Publishes articles by slug from the content folder to the published store.
 * Each file is checked as `npm run validate` checks it (schema and
 * cross-checks against the people and topics it names); if any has a
 * problem, nothing is written and every problem is returned. A missing file
 * or one whose status is `draft` is taken down. Returns what changed and the
 * cache tags and paths to revalidate. Slugs must already be valid slugs.
 */
export async function publishSlugs(slugs: readonly string[], roots: { content?: string; store?: string; compactAt?: number } = {}): Promise<PublishOutcome> {
  const content = roots.content ?? contentRoot();
  const store = roots.store ?? publishedRoot();
  const plans: Plan[] = [];
  const problems: Problem[] = [];
  for (const slug of new Set(slugs)) {
    const loaded = loadSingleArticle(slug, content);
    if (loaded.status === "missing") plans.push({ slug, action: "remove" });
    else if (loaded.status === "invalid") problems.push(...loaded.problems);
    else if (loaded.article.status === "draft") plans.push({ slug, action: "remove" });
    else plans.push({ slug, action: "put", article: loaded.article, people: loaded.people, topics: loaded.topics });
  }
  if (problems.length > 0) return { ok: false, problems };

  return withStoreLock(store, () => {
    if (!storeExists(store)) writeBase(store, [], [], []);
    const results: PublishResult[] = [];
    const tags = new Set<string>();
    const lines: string[] = [];
    const at = new Date().toISOString();
    for (const plan of plans) {
      const before = readPublishedArticle(plan.slug, store);
      const beforeRecord = before && articleRecord(before);
      const changed = { people: [] as string[], topics: [] as string[] };
      let after: ArticleRecord | undefined;
      let change: PublishChange;
      if (plan.action === "remove") {
        rmSync(storeFile(store, "articles", plan.slug), { force: true });
        change = before ? "removed" : "unchanged";
      } else {
        for (const [id, person] of plan.people) if (putIfChanged(store, "people", id, person)) changed.people.push(id);
        for (const [id, topic] of plan.topics) if (putIfChanged(store, "topics", id, topic)) changed.topics.push(id);
        const articleChanged = putIfChanged(store, "articles", plan.slug, plan.article);
        after = articleRecord(plan.article);
        change = !before ? "added" : articleChanged || changed.people.length + changed.topics.length > 0 ? "updated" : "unchanged";
      }
      if (change !== "unchanged") {
        const entry: JournalEntry = { slug: plan.slug, record: after ?? null, people: changed.people, topics: changed.topics, at };
        lines.push(JSON.stringify(entry));
      }
      // Revalidated even when unchanged: publishing again is how an editor repairs a page left stale (say, the shared cache was down).
      for (const tag of publishTags(beforeRecord, after, changed)) tags.add(tag);
      results.push({ slug: plan.slug, change });
    }
    if (lines.length > 0) appendFileSync(journalPath(store), `${lines.join("\n")}\n`);
    if ((fileState(journalPath(store))?.size ?? 0) > (roots.compactAt ?? JOURNAL_COMPACT_BYTES)) compact(store);
    return { ok: true as const, results, tags: [...tags], paths: plans.map((p) => articlePath(p.slug)) };
  });
}

/**
 * A journal past this size is folded into a new base. Every instance reads
 * the whole journal when it starts; at about 1 KB a publish this is some
 * 16,000 publishes, and folding costs each instance one full reload.
 */
export const JOURNAL_COMPACT_BYTES = 16 * 1024 * 1024;

/** Folds the journal into the base: the store as it stands, in one file again. Call with the lock held. */
function compact(store: string): void {
  const state = loadStore(store);
  if (state) writeBase(store, [...state.records.values()], [...state.people.values()], [...state.topics.values()]);
}

/** Writes a store file when its checked text differs from the copy there; true when it did. */
function putIfChanged(store: string, folder: Folder, id: string, value: unknown): boolean {
  const file = storeFile(store, folder, id);
  const text = storeText(value);
  if (readText(file) === text) return false;
  writeAtomic(file, text);
  return true;
}

function writeNew(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

function writeBase(store: string, records: readonly ArticleRecord[], people: Person[], topics: Topic[]): void {
  const header: BaseHeader = { format: 2, publishedAt: new Date().toISOString(), people, topics };
  // The journal is emptied first: a reader that loads between the two writes sees the old base without its journal for a moment, never the new base with the old journal.
  writeAtomic(journalPath(store), "");
  writeAtomic(basePath(store), [JSON.stringify(header), ...records.map((r) => JSON.stringify(r))].join("\n") + "\n");
}

/**
 * Publishes a whole checked archive (a build): the store then holds exactly
 * its published articles and its people and topics, and one base record per
 * article; files of articles no longer published are removed. `loaded` must
 * have no blocking problem (the caller checks).
 */
export async function publishArchive(loaded: Pick<LoadedContent, "articles" | "people" | "topics" | "problems">, store: string = publishedRoot()): Promise<{ articles: number; written: number; removed: number }> {
  const broken = new Set(loaded.problems.map((p) => p.file));
  const articles = loaded.articles.filter((a) => !broken.has(a.file) && a.value.status === "published").map((a) => a.value);
  const people = loaded.people.filter((p) => !broken.has(p.file)).map((p) => p.value);
  const topics = loaded.topics.filter((t) => !broken.has(t.file)).map((t) => t.value);
  return withStoreLock(store, () => {
    let written = 0;
    let removed = 0;
    const mirror = (folder: Folder, items: readonly { id: string; value: unknown }[]) => {
      const keep = new Set<string>();
      for (const { id, value } of items) {
        keep.add(`${id}.json`);
        const file = storeFile(store, folder, id);
        const text = storeText(value);
        const old = readText(file);
        if (old === text) continue;
        // A new file can be written in place: nothing reads it before the base written below lists it.
        if (old === undefined) writeNew(file, text);
        else writeAtomic(file, text);
        written++;
      }
      let names: string[] = [];
      try {
        names = readdirSync(path.join(/*turbopackIgnore: true*/ store, folder));
      } catch {
        // no folder yet
      }
      for (const name of names) {
        if (keep.has(name)) continue;
        rmSync(path.join(/*turbopackIgnore: true*/ store, folder, name), { force: true, recursive: true });
        removed++;
      }
    };
    mirror("people", people.map((p) => ({ id: p.id, value: p })));
    mirror("topics", topics.map((t) => ({ id: t.id, value: t })));
    mirror("articles", articles.map((a) => ({ id: a.slug, value: a })));
    writeBase(store, articles.map(articleRecord), people, topics);
    return { articles: articles.length, written, removed };
  });
}
