import type { Site } from "./site";

/**
 * What a build draws ahead of the first request: what readers hit first. The
 * rest of the archive is drawn on its first request and then cached, so a
 * build takes about as long at a million articles as at a thousand.
 */
export const PRERENDER = {
  /** The newest articles. */
  articles: 200,
  /** The most quoted speakers' pages. */
  people: 100,
  /** Later pages of the home listing. */
  homePages: 4,
} as const;

export function prerenderedArticles(site: Pick<Site, "summaries">, limit: number = PRERENDER.articles): { slug: string }[] {
  return site.summaries.slice(0, limit).map((s) => ({ slug: s.slug }));
}

export function prerenderedPeople(site: Pick<Site, "standings">, limit: number = PRERENDER.people): { id: string }[] {
  return site.standings.slice(0, limit).map((s) => ({ id: s.id }));
}
