import type { Article } from "../content/schema";
import { blockText } from "../content/tree";

/** A common figure for adults reading news on screen. */
export const WORDS_PER_MINUTE = 230;

export function wordCount(article: Pick<Article, "body">): number {
  let words = 0;
  for (const block of article.body) {
    const matches = blockText(block).match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu);
    words += matches ? matches.length : 0;
  }
  return words;
}

/** Whole minutes, rounded up, never less than one: "1 min read" for a brief. */
export function readingTimeMinutes(article: Pick<Article, "body">): number {
  return Math.max(1, Math.ceil(wordCount(article) / WORDS_PER_MINUTE));
}
