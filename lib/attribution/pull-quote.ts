import { collectQuotes, type QuoteRef } from "../content/tree";
import type { Article } from "../content/schema";

/** Shortest and longest words a front page lifts out of a story: a phrase of two words says little, a paragraph too much. */
export const PULL_QUOTE_MIN = 40;
export const PULL_QUOTE_MAX = 220;

/**
 * The quotation a list shows for a story: one set off as its own paragraph if
 * the story has one (the editor already chose it), else the longest quotation
 * of a readable length that is not quoted inside another, else the shortest
 * one over the limit would be cut, so none. Ties go to the earlier quotation.
 */
export function pullQuote(article: Pick<Article, "body">): QuoteRef | undefined {
  const quotes = collectQuotes(article).filter((q) => !q.nested);
  const fits = (q: QuoteRef) => q.text.length >= PULL_QUOTE_MIN && q.text.length <= PULL_QUOTE_MAX;
  const block = quotes.find((q) => q.display === "block" && fits(q));
  if (block) return block;
  return quotes.filter(fits).reduce<QuoteRef | undefined>((best, q) => (!best || q.text.length > best.text.length ? q : best), undefined);
}
