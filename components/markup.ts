import type { SegmentPlace } from "@/lib/article/view";

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
/**
 * On a later paragraph's segment of a quotation over several paragraphs: the id of the quotation it belongs to, whose
 * share page the segment's sheet links to (the segment's own id is only an anchor).
 */
export const QUOTATION_ATTR = "data-quotation";
/** On a segment of a quotation that a later paragraph continues: no closing mark (globals.css; ArticleBody's set-off quote). */
export const CONTINUED_ATTR = "data-continued";
/** Set by the speaker filter on every quotation by someone else. */
export const DIMMED_ATTR = "data-dimmed";
/** The speaker chosen in the filter, on the article's root (absent: everyone). */
export const FILTER_ATTR = "data-speaker-filter";
/** The article's root, which the islands search within; they add READY_ATTR once they answer. */
export const ARTICLE_ROOT_ATTR = "data-article-root";
export const READY_ATTR = "data-ready";
/** The speaker key (a <details>: folded on small screens, an open sidebar from 1024px). */
export const SPEAKER_KEY_ATTR = "data-speaker-key";
/** The key's list of speakers (the "N more" button controls it). */
export const KEY_LIST_ID = "speaker-key-list";
/** On each row of the key folded under "N more": globals.css hides it. */
export const KEY_FOLDED_ATTR = "data-folded";
/** Set on the key while SpeakerKeyFold.client measures it: globals.css shows every row meanwhile. */
export const KEY_MEASURING_ATTR = "data-measuring";
/** The key's own height, kept on it by SpeakerKeyFold.client: globals.css lets a key taller than the screen scroll with the page. */
export const KEY_HEIGHT_VAR = "--key-h";
/** `name` of the key's radio buttons: one Tab stop for the whole group, arrows between speakers. */
export const FILTER_INPUT_NAME = "speaker-filter";
/** The filter's value meaning "everyone". */
export const FILTER_EVERYONE = "";

/** A control that does nothing without JavaScript: globals.css hides it until the theme script marks the page. */
export const NEEDS_JS = { "data-needs-js": "" } as const;

/** The speaker's name beside a quotation: always shown on the first of a run (data-shown), else when it is pointed at, focused or linked to. */
export const QUOTE_TAG_CLASS = "quote-tag";

/** Props that tie a quotation to its speaker (a class list and the speaker's id) and a segment to its quotation. */
export function quoteAttrs(
  speakerId: string,
  colourClass: string,
  { quotation, continued }: Partial<SegmentPlace> = {},
): { className: string; [SPEAKER_ATTR]: string; tabIndex: 0; [QUOTATION_ATTR]?: string; [CONTINUED_ATTR]?: "" } {
  // Focusable, so a keyboard reaches every quotation (and sees its speaker); Enter opens its sheet (QuoteSheet.client).
  return {
    className: `${QUOTE_CLASS} ${colourClass}`,
    [SPEAKER_ATTR]: speakerId,
    tabIndex: 0,
    ...(quotation ? { [QUOTATION_ATTR]: quotation } : {}),
    ...(continued ? { [CONTINUED_ATTR]: "" } : {}),
  };
}

/** The class that paints an element in a speaker's colour (app/globals.css, `.speaker-N`). */
export const speakerClass = (slot: number) => `speaker-${slot}`;

/** What the article's client islands are told of each speaker (keyed by id): small, since it travels in the page's payload. */
export interface SpeakerBrief {
  name: string;
  /** Surname, or an organisation's name: what labels and the filter bar show. */
  short: string;
  role: string;
  colour: number;
  count: number;
  path: string;
}
