import { appearancesBySpeaker, type SpeakerAppearance } from "../article/people";
import { type ArticleSummary, byNewest, summarise } from "../article/summary";
import { loadContentRoot } from "./load";
import { formatProblem } from "./problems";
import type { Article, Person, Topic } from "./schema";

/** The published site, as the pages see it. Drafts never enter it. */
export interface Site {
  /** Published articles, newest first. */
  articles: Article[];
  summaries: ArticleSummary[];
  articleBySlug: ReadonlyMap<string, Article>;
  people: ReadonlyMap<string, Person>;
  topics: ReadonlyMap<string, Topic>;
  /** Speaker id → what they are quoted saying, article by article. */
  appearances: ReadonlyMap<string, SpeakerAppearance[]>;
}

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`content has ${problems.length} problem(s):\n${problems.join("\n")}`);
    this.name = "ContentError";
  }
}

export function buildSite(articles: readonly Article[], people: readonly Person[], topics: readonly Topic[]): Site {
  const published = articles.filter((a) => a.status === "published").sort(byNewest);
  return {
    articles: published,
    summaries: published.map(summarise),
    articleBySlug: new Map(published.map((a) => [a.slug, a])),
    people: new Map(people.map((p) => [p.id, p])),
    topics: new Map(topics.map((t) => [t.id, t])),
    appearances: appearancesBySpeaker(published),
  };
}

let site: Site | undefined;

/**
 * Loads the content root once per process. Pages are generated at build time,
 * so this runs while building, never per reader request. The build validates
 * content before it gets here; the throw is a safety net, not the error path.
 * Under `next dev` it reloads on every call, so an edited file shows on reload.
 */
export function getSite(): Site {
  if (site) return site;
  const loaded = loadContentRoot();
  if (loaded.problems.length > 0) throw new ContentError(loaded.problems.map(formatProblem));
  const fresh = buildSite(
    loaded.articles.map((a) => a.value),
    loaded.people.map((p) => p.value),
    loaded.topics.map((t) => t.value),
  );
  if (process.env.NODE_ENV !== "development") site = fresh;
  return fresh;
}
