/** The site's own paths, in one place: pages, feeds and the generated images link to each other by these. */

export const FEED_PATH = "/feed.xml";

export const articlePath = (slug: string) => `/articles/${slug}`;
/** A quote in its story: the quote id is the anchor of its `<q>` on the article page. */
export const quoteInContextPath = (slug: string, quoteId: string) => `${articlePath(slug)}#${quoteId}`;
/** A quote's own share page. */
export const quotePath = (slug: string, quoteId: string) => `${articlePath(slug)}/quotes/${quoteId}`;
export const topicPath = (id: string) => `/topics/${id}`;
export const topicFeedPath = (id: string) => `${topicPath(id)}/feed.xml`;
export const personPath = (id: string) => `/people/${id}`;

/** Share cards, generated at build time by the `card.png` route handlers beside each page. */
export const SITE_CARD_PATH = "/card.png";
export const articleCardPath = (slug: string) => `${articlePath(slug)}/card.png`;
export const quoteCardPath = (slug: string, quoteId: string) => `${quotePath(slug, quoteId)}/card.png`;
