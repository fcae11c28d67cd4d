/**
 * The markup contract between server components, the client islands that
 * enhance their HTML, and app/globals.css: every attribute and selector that
 * more than one of them reads is named here once. CSS cannot import it; the
 * rules in globals.css that use these names say so beside them.
 */

/** Class of every quotation on an article page (`q.quote` inline, `blockquote.quote` set off). */
export const QUOTE_CLASS = "quote";
/** The quoted speaker's id, on each quotation. */
export const SPEAKER_ATTR = "data-speaker";
/** Any quotation with its speaker: what the islands look for. */
export const QUOTE_SELECTOR = `.${QUOTE_CLASS}[${SPEAKER_ATTR}]`;
/** Set by the speaker filter on every quotation by someone else. */
export const DIMMED_ATTR = "data-dimmed";
/** The speaker chosen in the filter, on the article's root (absent: everyone). */
export const FILTER_ATTR = "data-speaker-filter";
/** The article's root, which the islands search within. */
export const ARTICLE_ROOT_ATTR = "data-article-root";
/** `name` of the key's radio buttons: one Tab stop for the whole group, arrows between speakers. */
export const FILTER_INPUT_NAME = "speaker-filter";
/** The filter's value meaning "everyone". */
export const FILTER_EVERYONE = "";

/** On a button that copies the link of the quotation whose id it holds. */
export const COPY_QUOTE_ATTR = "data-copy-quote";

/** A control that does nothing without JavaScript: globals.css hides it until the theme script marks the page. */
export const NEEDS_JS = { "data-needs-js": "" } as const;

/** Props that tie a quotation to its speaker (a class list and the speaker's id). */
export function quoteAttrs(speakerId: string, colourClass: string): { className: string; [SPEAKER_ATTR]: string } {
  return { className: `${QUOTE_CLASS} ${colourClass}`, [SPEAKER_ATTR]: speakerId };
}
