import type { ArticleView } from "../article/view";
import { excerpt } from "../format/text";
import type { QuoteShare } from "./quote-share";
import { displayText, listJoin, shareableQuote } from "./text";

/** What an article's share card shows. Plain strings: the card renders them as text, never as markup. */
export interface ArticleCardData {
  section: string;
  headline: string;
  /** "Quoted: A, B and 2 more", or empty when nobody is quoted. */
  quoted: string;
  demo: boolean;
}

/** What a quotation's share card shows. */
export interface QuoteCardData {
  text: string;
  speaker: string;
  role?: string;
  headline: string;
  section: string;
  demo: boolean;
  /** Palette index of the speaker in the article, so the card matches the page. */
  colour: number;
}

/** The card has room for so many names; the rest are counted. */
const MAX_NAMES = 4;
/** Longest quotation the card shows whole; longer ones are cut at a word and end with an ellipsis. */
export const CARD_QUOTE_MAX = 240;

export function articleCardData({ article, speakers }: Pick<ArticleView, "article" | "speakers">): ArticleCardData {
  const names = speakers.map((s) => displayText(s.name));
  const shown = names.length > MAX_NAMES ? [...names.slice(0, MAX_NAMES - 1), `${names.length - (MAX_NAMES - 1)} more`] : names;
  return {
    section: displayText(article.section),
    headline: excerpt(displayText(article.headline), 160),
    quoted: shown.length > 0 ? `Quoted: ${listJoin(shown)}` : "",
    demo: article.demo ?? false,
  };
}

export function quoteCardData({ view, quote, speaker }: QuoteShare): QuoteCardData {
  return {
    text: excerpt(shareableQuote(quote.text), CARD_QUOTE_MAX),
    speaker: displayText(speaker.name),
    ...(speaker.role ? { role: displayText(speaker.role) } : {}),
    headline: excerpt(displayText(view.article.headline), 110),
    section: displayText(view.article.section),
    demo: view.article.demo ?? false,
    colour: speaker.colour,
  };
}

/** Type size that fits the text in the card's box: short lines large, long ones smaller. */
export function fitFontSize(length: number, steps: readonly (readonly [maxLength: number, size: number])[], smallest: number): number {
  return steps.find(([max]) => length <= max)?.[1] ?? smallest;
}

export const HEADLINE_SIZES = [[50, 68], [90, 60], [130, 52]] as const;
export const QUOTE_SIZES = [[60, 64], [110, 54], [170, 46]] as const;
