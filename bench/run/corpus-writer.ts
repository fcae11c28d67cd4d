/** Writes a synthetic archive of N articles, the real seed article among them, as a content root. */
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import path from "node:path";
import { makeCorpus } from "../lib/corpus";
import type { Article } from "../../lib/content/schema";

export const SEED_SLUG = "nato-allies-combat-russian-hybrid-attacks";

/** Drafts in every corpus: what the preview measurement opens. */
const DRAFTS = 1;

export interface WrittenCorpus {
  articles: number;
  drafts: number;
  people: number;
  topics: number;
  writeMs: number;
  draftSlug: string;
  draftHeadline: string;
  /** The oldest published articles (never among those a build draws): what a first request renders. */
  coldSlugs: string[];
  /** The topic with the most stories and the most-quoted speaker: the longest listings. */
  busiestTopic: { id: string; stories: number };
  mostQuoted: { id: string; stories: number };
}

/** Runs `jobs` with at most `limit` in flight: thousands of small writes finish in parallel without exhausting file handles. */
async function pool(jobs: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
}

function mostFrequent(keys: Iterable<string>): { id: string; stories: number } {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  let best = { id: "", stories: 0 };
  for (const [id, stories] of counts) if (stories > best.stories || (stories === best.stories && id < best.id)) best = { id, stories };
  return best;
}

/**
 * `size` published articles: the seed article from `source` plus size − 1
 * synthetic ones, and one synthetic draft.
 */
export async function writeCorpus(root: string, size: number, source = "content"): Promise<WrittenCorpus> {
  const started = performance.now();
  const corpus = makeCorpus({ articles: size - 1 + DRAFTS, drafts: DRAFTS });
  const seed = JSON.parse(readFileSync(path.join(source, "articles", `${SEED_SLUG}.json`), "utf8")) as Article;
  const seedPeople = [...new Set(seed.speakers.map((s) => s.id))];

  for (const folder of ["articles", "people", "topics"]) await mkdir(path.join(root, folder), { recursive: true });
  const jobs: (() => Promise<void>)[] = [
    () => copyFile(path.join(source, "articles", `${SEED_SLUG}.json`), path.join(root, "articles", `${SEED_SLUG}.json`)),
    ...seedPeople.map((id) => () => copyFile(path.join(source, "people", `${id}.json`), path.join(root, "people", `${id}.json`))),
    ...seed.topics.map((id) => () => copyFile(path.join(source, "topics", `${id}.json`), path.join(root, "topics", `${id}.json`))),
    ...corpus.articles.map((a) => () => writeFile(path.join(root, "articles", `${a.slug}.json`), JSON.stringify(a))),
    ...corpus.people.map((p) => () => writeFile(path.join(root, "people", `${p.id}.json`), JSON.stringify(p))),
    ...corpus.topics.map((t) => () => writeFile(path.join(root, "topics", `${t.id}.json`), JSON.stringify(t))),
  ];
  await pool(jobs, 64);

  const published = [seed, ...corpus.articles.filter((a) => a.status === "published")];
  const draft = corpus.articles.find((a) => a.status === "draft")!;
  return {
    articles: published.length,
    drafts: DRAFTS,
    people: corpus.people.length + seedPeople.length,
    topics: corpus.topics.length + seed.topics.length,
    writeMs: performance.now() - started,
    draftSlug: draft.slug,
    draftHeadline: draft.headline,
    coldSlugs: [...published]
      .sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt) || a.slug.localeCompare(b.slug))
      .filter((a) => a.slug !== SEED_SLUG)
      .slice(0, 40)
      .map((a) => a.slug),
    busiestTopic: mostFrequent(published.flatMap((a) => a.topics)),
    mostQuoted: mostFrequent(published.flatMap((a) => a.speakers.map((s) => s.id))),
  };
}
