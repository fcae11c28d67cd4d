import type { Metadata } from "next";
import { articleDescription, DESCRIPTION_MAX } from "../article/description";
import type { ArticleView } from "../article/view";
import { excerpt } from "../format/text";
import type { Person, Topic } from "../content/schema";
import { articleCardPath, articlePath, FEED_PATH, quoteCardPath, quotePath, SITE_CARD_PATH, topicFeedPath } from "../paths";
import type { QuoteShare } from "./quote-share";
import { absoluteUrl } from "./site-url";
import { displayText, shareableQuote } from "./text";

export const SITE_NAME = "onrecord";
export const SITE_TITLE = "onrecord — who said what, in every story";
export const SITE_DESCRIPTION = "News with every quotation highlighted and attributed to the person or organisation who said it.";
export const SITE_FEED = { path: FEED_PATH, title: "onrecord: latest stories" } as const;

/** Alt text is read aloud in full: a long quotation is cut, its card shows the same cut. */
const ALT_MAX = 300;

/** Share cards are the size every network shows large (1.91:1). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

export interface Feed {
  path: string;
  title: string;
}

export interface CardImage {
  path: string;
  alt: string;
}

export interface PageMeta {
  /** Omitted on the home page, which shows the site's own title. */
  title?: string;
  description: string;
  path: string;
  image?: CardImage;
  /** RSS feeds announced with `<link rel="alternate">`; the site feed is always first. */
  feeds?: readonly Feed[];
}

const SITE_CARD: CardImage = { path: SITE_CARD_PATH, alt: `${SITE_NAME}: who said what, in every story` };

/**
 * Metadata every page shares: title, description, canonical URL, feeds, and
 * OpenGraph/Twitter tags with a share card. Each page sets all of it: Next
 * replaces, not merges, `alternates` and `openGraph` between layout and page.
 */
export function pageMetadata({ title, description, path, image = SITE_CARD, feeds = [] }: PageMeta): Metadata {
  const plainTitle = title === undefined ? undefined : displayText(title);
  const plainDescription = excerpt(displayText(description), DESCRIPTION_MAX);
  const card = {
    url: absoluteUrl(image.path),
    width: CARD_SIZE.width,
    height: CARD_SIZE.height,
    alt: excerpt(displayText(image.alt), ALT_MAX),
    type: "image/png",
  };
  return {
    ...(plainTitle === undefined ? {} : { title: plainTitle }),
    description: plainDescription,
    alternates: {
      canonical: absoluteUrl(path),
      types: { "application/rss+xml": [SITE_FEED, ...feeds].map((f) => ({ url: absoluteUrl(f.path), title: displayText(f.title) })) },
    },
    openGraph: {
      type: "website",
      siteName: SITE_NAME,
      locale: "en_GB",
      title: plainTitle ?? SITE_TITLE,
      description: plainDescription,
      url: absoluteUrl(path),
      images: [card],
    },
    twitter: {
      card: "summary_large_image",
      title: plainTitle ?? SITE_TITLE,
      description: plainDescription,
      images: [card],
    },
  };
}

/** The section, the headline and who is quoted, as a screen reader should hear the article's card. */
export function articleCardAlt(view: Pick<ArticleView, "article" | "speakers">): string {
  const { article, speakers } = view;
  const quoted = speakers.length > 0 ? ` Quoted: ${speakers.map((s) => s.name).join(", ")}.` : "";
  return `${article.section}: ${article.headline}.${quoted}`;
}

function articleOpenGraph(view: ArticleView) {
  const { article } = view;
  return {
    type: "article" as const,
    publishedTime: article.publishedAt,
    modifiedTime: article.updatedAt ?? article.publishedAt,
    section: displayText(article.section),
    tags: view.topics.map((t) => displayText(t.name)),
  };
}

export function articleMetadata(view: ArticleView): Metadata {
  const { article } = view;
  const base = pageMetadata({
    title: article.headline,
    description: articleDescription(article),
    path: articlePath(article.slug),
    image: { path: articleCardPath(article.slug), alt: articleCardAlt(view) },
  });
  return { ...base, openGraph: { ...base.openGraph, ...articleOpenGraph(view) } };
}

/** “The quote” — Speaker: as long as a title should be. */
export function quoteTitle({ quote, speaker }: Pick<QuoteShare, "quote" | "speaker">): string {
  return `“${excerpt(shareableQuote(quote.text), 90)}” — ${displayText(speaker.name)}`;
}

/** Who said it, as what, and where: the quote page's description and the tail of its card's alt text. */
export function quoteAttribution({ view, speaker }: Pick<QuoteShare, "view" | "speaker">): string {
  // "Port Valden Council, Statement from Port Valden Council," says the name twice.
  const role = speaker.role && !speaker.role.includes(speaker.name) ? speaker.role : undefined;
  const who = role ? `${speaker.name}, ${role},` : speaker.name;
  return `${who} quoted in “${view.article.headline}”`;
}

export function quoteMetadata(share: QuoteShare): Metadata {
  const { view, quote } = share;
  const slug = view.article.slug;
  const base = pageMetadata({
    title: quoteTitle(share),
    description: `${quoteAttribution(share)}: “${shareableQuote(quote.text)}”`,
    path: quotePath(slug, quote.id),
    image: { path: quoteCardPath(slug, quote.id), alt: `“${shareableQuote(quote.text)}” — ${quoteAttribution(share)}` },
  });
  return { ...base, openGraph: { ...base.openGraph, ...articleOpenGraph(view) } };
}

/** A topic's own feed, announced on its page and served at /topics/<id>/feed.xml. */
export function topicFeed(topic: Pick<Topic, "id" | "name">): Feed {
  return { path: topicFeedPath(topic.id), title: `onrecord: ${topic.name}` };
}

/** A topic page's (and its feed's) description: the topic's own, else a line about it. */
export function topicDescription(topic: Pick<Topic, "name" | "description">): string {
  return topic.description ?? `Stories about ${topic.name}, with every quotation attributed.`;
}

/** A speaker page's description, the same on every page of it. */
export function personDescription(person: Pick<Person, "name">): string {
  return `Everything ${person.name} is quoted saying on onrecord, with a link to each quote in its story.`;
}
