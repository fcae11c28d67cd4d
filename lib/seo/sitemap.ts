import type { MetadataRoute } from "next";
import type { Site } from "../content/repository";
import { articlePath, HOME_PATH, PEOPLE_PATH, personPath, TOPICS_PATH, topicPath } from "../paths";
import { absoluteUrl } from "./site-url";

const newest = (dates: readonly string[]): string | undefined => dates.reduce<string | undefined>((a, d) => (a === undefined || Date.parse(d) > Date.parse(a) ? d : a), undefined);

/**
 * Every page worth finding: the indexes, each published article, each topic
 * with a published story and each speaker quoted in one. Quote share pages
 * are left out: each is one quote of an article that is already listed.
 * `lastModified` comes from the content, never the build clock.
 */
export function sitemapEntries(site: Pick<Site, "articles" | "topics" | "appearances">): MetadataRoute.Sitemap {
  const changed = (a: Site["articles"][number]) => a.updatedAt ?? a.publishedAt;
  const latest = newest(site.articles.map(changed));
  const at = (date: string | undefined) => (date ? { lastModified: date } : {});
  const topicIds = [...site.topics.keys()].filter((id) => site.articles.some((a) => a.topics.includes(id)));
  return [
    { url: absoluteUrl(HOME_PATH), ...at(latest) },
    { url: absoluteUrl(TOPICS_PATH), ...at(latest) },
    { url: absoluteUrl(PEOPLE_PATH), ...at(latest) },
    ...site.articles.map((a) => ({ url: absoluteUrl(articlePath(a.slug)), lastModified: changed(a) })),
    ...topicIds.map((id) => ({ url: absoluteUrl(topicPath(id)), ...at(newest(site.articles.filter((a) => a.topics.includes(id)).map(changed))) })),
    ...[...site.appearances].map(([id, list]) => ({ url: absoluteUrl(personPath(id)), ...at(newest(list.map((x) => x.article.updatedAt ?? x.article.publishedAt))) })),
  ];
}
