import { appearancesBySpeaker, type SpeakerAppearance } from "../article/people";
import { type ArticleSummary, byNewest, summarise } from "../article/summary";
import type { Sourced } from "./cross-check";
import { type LoadedContent, blockingProblems, loadContentRoot } from "./load";
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

/**
 * The part of a loaded content root that can be shown: every article whose
 * file has no problem. Outside the build (draft mode renders at request time)
 * an editor may have broken a file since; the rest of the site still renders.
 */
export function usableContent(loaded: LoadedContent): { articles: Article[]; people: Person[]; topics: Topic[] } {
  const broken = new Set(loaded.problems.map((p) => p.file));
  const keep = <T,>(items: readonly Sourced<T>[]) => items.filter((i) => !broken.has(i.file)).map((i) => i.value);
  return { articles: keep(loaded.articles), people: keep(loaded.people), topics: keep(loaded.topics) };
}

let site: Site | undefined;

/**
 * Loads the content root once per process. Pages are generated at build time,
 * so this runs while building, never per reader request; in draft mode the
 * dynamic renders reuse it for lists and related articles. The build
 * validates content before it gets here, so the throw is a safety net there;
 * at run time a file broken since the build is left out, not fatal.
 * Under `next dev` it reloads on every call, so an edited file shows on reload.
 */
export function getSite(): Site {
  if (site) return site;
  const loaded = loadContentRoot();
  const blocking = blockingProblems(loaded);
  if (blocking.length > 0 && process.env.NEXT_PHASE === "phase-production-build") {
    throw new ContentError(blocking.map(formatProblem));
  }
  if (loaded.problems.length > 0) {
    console.error(`onrecord: ${loaded.problems.length} content problem(s); the files concerned are left out (run npm run validate)`);
  }
  const usable = usableContent(loaded);
  const fresh = buildSite(usable.articles, usable.people, usable.topics);
  if (process.env.NODE_ENV !== "development") site = fresh;
  return fresh;
}
