import type { MetadataRoute } from "next";
import type { Site } from "../site/site";
import { articlePath, HOME_PATH, PEOPLE_PATH, personPath, TOPICS_PATH, topicPath } from "../paths";
import { absoluteUrl } from "./site-url";

const newest = (dates: readonly string[]): string | undefined => dates.reduce<string | undefined>((a, d) => (a === undefined || Date.parse(d) > Date.parse(a) ? d : a), undefined);

/** The sitemap protocol's limit on URLs in one file; search engines ignore a larger sitemap. */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * Every page worth finding: the indexes, each published article, each topic
 * with a published story and each speaker quoted in one. Quote share pages
 * are left out: each is one quote of an article that is already listed.
 * `lastModified` comes from the content, never the build clock. Past
 * `max` URLs (an archive of some 40,000 stories or more), the oldest
 * articles are left out so the file stays valid; listings still reach them.
 */
export function sitemapEntries(site: Pick<Site, "summaries" | "byTopic" | "topicsInUse" | "appearances">, max: number = SITEMAP_MAX_URLS): MetadataRoute.Sitemap {
  const changed = (a: Pick<Site["summaries"][number], "updatedAt" | "publishedAt">) => a.updatedAt ?? a.publishedAt;
  const latest = newest(site.summaries.map(changed));
  const at = (date: string | undefined) => (date ? { lastModified: date } : {});
  const indexes = [
    { url: absoluteUrl(HOME_PATH), ...at(latest) },
    { url: absoluteUrl(TOPICS_PATH), ...at(latest) },
    { url: absoluteUrl(PEOPLE_PATH), ...at(latest) },
  ];
  const topics = site.topicsInUse.map(({ id }) => ({ url: absoluteUrl(topicPath(id)), ...at(newest((site.byTopic.get(id) ?? []).map(changed))) }));
  const people = [...site.appearances].map(([id, list]) => ({ url: absoluteUrl(personPath(id)), ...at(newest(list.map((x) => changed(x.article)))) }));
  const room = Math.max(0, max - indexes.length - topics.length - people.length);
  // Newest first, so what is left out is the oldest.
  const articles = site.summaries.slice(0, room).map((a) => ({ url: absoluteUrl(articlePath(a.slug)), lastModified: changed(a) }));
  return [...indexes, ...articles, ...topics, ...people];
}
