import { type SpeakerAppearance, type SpeakerStanding, appearancesBySpeaker, speakerStandings } from "../article/people";
import { type ArticleRecord, articleRecord } from "../article/record";
import { type ArticleSummary, byNewest } from "../article/summary";
import { indexByTopic, topicCounts, topicsInUse } from "../article/topics";
import type { Sourced } from "../content/cross-check";
import type { LoadedContent } from "../content/loader";
import type { Article, Person, Topic } from "../content/schema";

/**
 * The published site, as the pages see it: one record per published article
 * (never a body) and every index the pages and feeds read, each worked out
 * once here. Drafts never enter it. An article's body is read from the
 * published store when its own page is drawn (lib/published).
 */
export interface Site {
  /** Published articles' summaries, newest first. */
  summaries: ArticleSummary[];
  /** Slug → the published article's record. */
  records: ReadonlyMap<string, ArticleRecord>;
  people: ReadonlyMap<string, Person>;
  topics: ReadonlyMap<string, Topic>;
  /** Topic id → its articles' summaries, newest first (topics with none are absent). */
  byTopic: ReadonlyMap<string, readonly ArticleSummary[]>;
  /** Topics with at least one article, busiest first. */
  topicsInUse: readonly Topic[];
  /** Topic id → how many articles carry it. */
  topicCounts: ReadonlyMap<string, number>;
  /** Speaker id → what they are quoted saying, article by article, newest first. */
  appearances: ReadonlyMap<string, SpeakerAppearance[]>;
  /** Everyone quoted, most quoted first, with their counts. */
  standings: readonly SpeakerStanding[];
  standingById: ReadonlyMap<string, SpeakerStanding>;
  /** Quotations across every published article. */
  quoteCount: number;
}

/** The site from published articles' records (any order; drafts are dropped). */
export function siteFromRecords(records: Iterable<ArticleRecord>, people: Iterable<Person>, topics: Iterable<Topic>): Site {
  const published = [...records].filter((r) => r.summary.status === "published").sort((a, b) => byNewest(a.summary, b.summary));
  const summaries = published.map((r) => r.summary);
  const topicMap = new Map([...topics].map((t) => [t.id, t]));
  const counts = topicCounts(summaries);
  const appearances = appearancesBySpeaker(published);
  const standings = speakerStandings(appearances);
  return {
    summaries,
    records: new Map(published.map((r) => [r.summary.slug, r])),
    people: new Map([...people].map((p) => [p.id, p])),
    topics: topicMap,
    byTopic: indexByTopic(summaries),
    topicsInUse: topicsInUse(topicMap.values(), counts),
    topicCounts: counts,
    appearances,
    standings,
    standingById: new Map(standings.map((s) => [s.id, s])),
    quoteCount: summaries.reduce((n, s) => n + s.quoteCount, 0),
  };
}

/** The site from whole articles: for tests and tools that hold the content in memory. */
export function buildSite(articles: readonly Article[], people: readonly Person[], topics: readonly Topic[]): Site {
  return siteFromRecords(
    articles.filter((a) => a.status === "published").map(articleRecord),
    people,
    topics,
  );
}

/**
 * The part of a loaded content root that can be shown: every file with no
 * problem. Outside the build (draft mode renders at request time) an editor
 * may have broken a file since; the rest of the site still renders.
 */
export function usableContent(loaded: LoadedContent): { articles: Article[]; people: Person[]; topics: Topic[] } {
  const broken = new Set(loaded.problems.map((p) => p.file));
  const keep = <T,>(items: readonly Sourced<T>[]) => items.filter((i) => !broken.has(i.file)).map((i) => i.value);
  return { articles: keep(loaded.articles), people: keep(loaded.people), topics: keep(loaded.topics) };
}
