import { articleDescription } from "../article/description";
import type { Site } from "../site/site";
import type { Article } from "../content/schema";
import { articlePath } from "../paths";
import { absoluteUrl } from "./site-url";
import { displayText } from "./text";

/** How many of the newest stories a feed carries. */
export const FEED_LIMIT = 50;

export interface RssItem {
  title: string;
  link: string;
  description: string;
  /** ISO 8601 */
  publishedAt: string;
  categories: string[];
  creator?: string;
}

export interface RssChannel {
  title: string;
  /** The page the feed follows. */
  link: string;
  /** The feed's own URL (atom:link rel="self"). */
  self: string;
  description: string;
  items: RssItem[];
}

/** Characters XML 1.0 cannot hold at all, even escaped: C0 controls other than tab/newline/return, lone surrogates, U+FFFE/U+FFFF. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for an XML element or attribute: the five markup characters escaped, impossible characters dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** RSS dates are RFC 822: "Thu, 11 Jul 2024 12:00:00 GMT". */
export function rfc822(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`rfc822: not a date: "${iso}"`);
  return date.toUTCString();
}

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

/** An RSS 2.0 document. Every piece of content goes through `escapeXml`; nothing is inserted as markup. */
export function rssXml(channel: RssChannel): string {
  // The newest change, not the build time: the same content builds the same feed.
  const lastBuild = channel.items.map((i) => i.publishedAt).sort().at(-1);
  const items = channel.items.map((item) =>
    [
      "<item>",
      element("title", item.title),
      element("link", item.link),
      `<guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
      element("pubDate", rfc822(item.publishedAt)),
      element("description", item.description),
      ...item.categories.map((c) => element("category", c)),
      ...(item.creator ? [element("dc:creator", item.creator)] : []),
      "</item>",
    ].join(""),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    element("title", channel.title),
    element("link", channel.link),
    `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    element("description", channel.description),
    element("language", "en-gb"),
    ...(lastBuild ? [element("lastBuildDate", rfc822(lastBuild))] : []),
    ...items,
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}

/** A feed item for a published article: headline, link, description and topic names as categories. */
export function articleItem(article: Article, topics: Site["topics"]): RssItem {
  return {
    title: displayText(article.headline),
    link: absoluteUrl(articlePath(article.slug)),
    // A feed reader shows no page around the item: fiction must say so in the item itself.
    description: `${article.demo ? "Demo content (fictional). " : ""}${displayText(articleDescription(article))}`,
    publishedAt: article.publishedAt,
    categories: [
      ...article.topics.flatMap((id) => {
        const topic = topics.get(id);
        return topic ? [displayText(topic.name)] : [];
      }),
      ...(article.demo ? ["Demo content"] : []),
    ],
    ...(article.byline ? { creator: displayText(article.byline.replace(/^by\s+/i, "")) } : {}),
  };
}

/**
 * A feed of the newest published articles, optionally on one topic. `site`
 * holds published articles only, newest first, so a draft cannot get in.
 */
export function articlesFeed(
  site: Pick<Site, "summaries" | "byTopic" | "topics">,
  read: (slug: string) => Article | undefined,
  feed: { title: string; description: string; pagePath: string; feedPath: string; topic?: string },
): RssChannel {
  const listed = feed.topic === undefined ? site.summaries : (site.byTopic.get(feed.topic) ?? []);
  // Only the newest few are read in full: a feed's cost does not grow with the archive.
  const articles = listed.slice(0, FEED_LIMIT).flatMap((s) => read(s.slug) ?? []);
  return {
    title: displayText(feed.title),
    link: absoluteUrl(feed.pagePath),
    self: absoluteUrl(feed.feedPath),
    description: displayText(feed.description),
    items: articles.map((a) => articleItem(a, site.topics)),
  };
}
