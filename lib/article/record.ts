import type { Article } from "../content/schema";
import type { QuoteRef } from "../content/tree";
import { pullQuote } from "../attribution/pull-quote";
import { assignSlots } from "../speaker-colour/assign";
import { quotesBySpeaker } from "./quotes";
import { type ArticleSummary, summarise } from "./summary";

/** A quotation as lists and speaker pages show it: no place in the body, which only the article page needs. */
export type RecordQuote = Pick<QuoteRef, "id" | "speaker" | "text" | "display" | "nested">;

/** One speaker's part in an article, as the lists and speaker pages show it. */
export interface RecordSpeaker {
  id: string;
  /** The role the article gives them, if any. */
  role?: string;
  /** Their colour slot in this article (lib/speaker-colour). */
  colour: number;
  quotes: RecordQuote[];
}

/**
 * What the site's indexes need of one published article, without its body:
 * the summary, who is quoted saying what, and the quotation a list lifts out
 * of it. The published store keeps one per article (lib/published), so the
 * home, topic and speaker pages of a large archive are drawn from these
 * records and never from the article files themselves.
 */
export interface ArticleRecord {
  summary: ArticleSummary;
  /** In order of first quote. */
  speakers: RecordSpeaker[];
  /** The id of the quotation a list shows for the story (pullQuote), if it has one. */
  pullQuoteId?: string;
}

export function articleRecord(article: Article): ArticleRecord {
  const roles = new Map(article.speakers.map((s) => [s.id, s.role]));
  const bySpeaker = quotesBySpeaker(article);
  const slots = assignSlots([...bySpeaker.keys()]);
  const pull = pullQuote(article);
  return {
    summary: summarise(article),
    speakers: [...bySpeaker].map(([id, quotes]) => {
      const role = roles.get(id);
      return { id, ...(role ? { role } : {}), colour: slots.get(id)!, quotes: quotes.map(({ id, speaker, text, display, nested }) => ({ id, speaker, text, display, nested })) };
    }),
    ...(pull ? { pullQuoteId: pull.id } : {}),
  };
}

/** The record's pull quote with its speaker's part in the story, if it has one. */
export function recordPullQuote(record: ArticleRecord): { quote: RecordQuote; speaker: RecordSpeaker } | undefined {
  if (!record.pullQuoteId) return undefined;
  for (const speaker of record.speakers) {
    const quote = speaker.quotes.find((q) => q.id === record.pullQuoteId);
    if (quote) return { quote, speaker };
  }
  return undefined;
}
