/**
 * Every URL the site builds, in one place: pages, listings, feeds, cards and
 * the editors' routes link to each other only through these. A route folder
 * renamed under app/ changes here and nowhere else.
 */

export const HOME_PATH = "/";
export const TOPICS_PATH = "/topics";
export const PEOPLE_PATH = "/people";
export const FEED_PATH = "/feed.xml";
export const SITEMAP_PATH = "/sitemap.xml";

/** Editors only: the drafts list (preview mode) and the switches in and out of preview mode. */
export const DRAFTS_PATH = "/drafts";
export const DRAFT_MODE_PATH = "/api/draft";
export const DRAFT_MODE_EXIT_PATH = "/api/draft/disable";
/** Not pages: crawlers are kept out of everything under it. */
export const API_PREFIX = "/api/";

export const articlePath = (slug: string) => `/articles/${slug}`;
/** A quote in its story: the quote id is the anchor of its `<q>` on the article page. */
export const quoteInContextPath = (slug: string, quoteId: string) => `${articlePath(slug)}#${quoteId}`;
/** A quote's own share page. */
export const quotePath = (slug: string, quoteId: string) => `${articlePath(slug)}/quotes/${quoteId}`;
export const topicPath = (id: string) => `${TOPICS_PATH}/${id}`;
export const topicFeedPath = (id: string) => `${topicPath(id)}/feed.xml`;
export const personPath = (id: string) => `${PEOPLE_PATH}/${id}`;

/** Share cards, drawn by the `card.png` route handlers beside each page. */
export const SITE_CARD_PATH = "/card.png";
export const articleCardPath = (slug: string) => `${articlePath(slug)}/card.png`;
export const quoteCardPath = (slug: string, quoteId: string) => `${quotePath(slug, quoteId)}/card.png`;

/**
 * Page `n` of a listing at `base` (`/`, `/topics/nato`): page 1 is the
 * listing's plain URL, later pages live under `<base>/page/<n>`.
 */
export function listingPagePath(base: string, n: number): string {
  if (n <= 1) return base;
  return `${base === HOME_PATH ? "" : base}/page/${n}`;
}
