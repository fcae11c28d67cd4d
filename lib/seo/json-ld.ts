import { articleDescription } from "../article/description";
import type { SpeakerInArticle } from "../article/speakers";
import type { ArticleView } from "../article/view";
import { articleCardPath, articlePath, HOME_PATH, personPath, quoteCardPath, quoteInContextPath, quotePath, topicPath } from "../paths";
import { CARD_SIZE, SITE_NAME } from "./metadata";
import type { QuoteShare } from "./quote-share";
import { absoluteUrl } from "./site-url";
import { displayText } from "./text";

/** A JSON-LD node: plain data, serialised by `serializeJsonLd`. */
export type JsonLdNode = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | JsonLdNode | JsonLdValue[];

/**
 * JSON for a `<script type="application/ld+json">` element. JSON.stringify
 * leaves `<` as is, so content holding `</script>` would end the element and
 * the rest would run as HTML; escaping every `<` (and `>`, `&`) as a JSON
 * `\u` escape keeps the text inside the script and parses back to the same
 * value. U+2028/U+2029 are escaped too, for parsers that treat them as line ends.
 */
export function serializeJsonLd(node: JsonLdNode): string {
  return JSON.stringify(node)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function publisher(): JsonLdNode {
  return {
    "@type": "Organization",
    name: SITE_NAME,
    url: absoluteUrl(HOME_PATH),
    logo: { "@type": "ImageObject", url: absoluteUrl("/icon.svg") },
  };
}

/**
 * A byline is free text ("By Demo Desk"): a desk or staff byline is an
 * organisation, anything else a person. Only the leading "By" is dropped.
 */
export function bylineAuthor(byline: string): JsonLdNode {
  const name = displayText(byline).replace(/^by\s+/i, "");
  const isDesk = /\b(desk|staff|team|newsroom|reporters|correspondents)\b/i.test(name);
  return { "@type": isDesk ? "Organization" : "Person", name };
}

/** A speaker's identity in JSON-LD: their page on this site. */
function speakerRef(id: string): { "@id": string } {
  return { "@id": absoluteUrl(personPath(id)) };
}

function speakerNode(speaker: SpeakerInArticle): JsonLdNode {
  return {
    "@type": speaker.kind === "organisation" ? "Organization" : "Person",
    ...speakerRef(speaker.id),
    name: displayText(speaker.name),
    url: absoluteUrl(personPath(speaker.id)),
    // An organisation's "role" is how it spoke (a statement, a communique), not a job.
    ...(speaker.role && speaker.kind === "person" ? { jobTitle: displayText(speaker.role) } : {}),
  };
}

function imageNode(path: string): JsonLdNode {
  return { "@type": "ImageObject", url: absoluteUrl(path), width: CARD_SIZE.width, height: CARD_SIZE.height };
}

/**
 * A quotation; its speaker either in full or, where the speaker is already
 * described elsewhere in the same document, as a reference by `@id`.
 */
function quotationNode(slug: string, quote: { id: string; text: string }, speaker: SpeakerInArticle | { "@id": string }): JsonLdNode {
  return {
    "@type": "Quotation",
    "@id": absoluteUrl(quoteInContextPath(slug, quote.id)),
    text: displayText(quote.text),
    url: absoluteUrl(quotePath(slug, quote.id)),
    spokenByCharacter: "@id" in speaker ? speaker : speakerNode(speaker),
  };
}

/**
 * schema.org NewsArticle for an article page. The people and organisations
 * quoted are described once, as `mentions`; each quotation is a `Quotation`
 * part whose speaker refers to one of them by `@id`, rather than repeating
 * the same description in every quotation: this block is sent twice (in the
 * HTML and again in React's payload).
 */
export function newsArticleJsonLd(view: ArticleView): JsonLdNode {
  const { article } = view;
  const url = absoluteUrl(articlePath(article.slug));
  const quotations = [...view.quoteById.values()].flatMap((q) =>
    view.speakerById.has(q.speaker) ? [quotationNode(article.slug, q, speakerRef(q.speaker))] : [],
  );
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": url,
    url,
    headline: displayText(article.headline),
    description: displayText(articleDescription(article)),
    datePublished: article.publishedAt,
    dateModified: article.updatedAt ?? article.publishedAt,
    articleSection: displayText(article.section),
    keywords: view.topics.map((t) => displayText(t.name)),
    about: view.topics.map((t) => ({ "@type": "Thing", name: displayText(t.name), url: absoluteUrl(topicPath(t.id)) })),
    ...(article.byline ? { author: [bylineAuthor(article.byline)] } : {}),
    publisher: publisher(),
    image: [imageNode(articleCardPath(article.slug))],
    isAccessibleForFree: true,
    inLanguage: "en",
    // Fictional demo stories say so to machines as well as to readers.
    ...(article.demo ? { genre: "Demo content (fiction)" } : {}),
    ...(view.speakers.length > 0 ? { mentions: view.speakers.map(speakerNode) } : {}),
    hasPart: quotations,
  };
}

/** schema.org Quotation for a quote's share page, pointing back to its article. */
export function quotationJsonLd({ view, quote, speaker }: QuoteShare): JsonLdNode {
  const { article } = view;
  return {
    "@context": "https://schema.org",
    ...quotationNode(article.slug, quote, speaker),
    image: [imageNode(quoteCardPath(article.slug, quote.id))],
    isPartOf: {
      "@type": "NewsArticle",
      "@id": absoluteUrl(articlePath(article.slug)),
      headline: displayText(article.headline),
      url: absoluteUrl(articlePath(article.slug)),
      datePublished: article.publishedAt,
    },
  };
}
