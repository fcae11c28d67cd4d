import type { ArticleView } from "../article/view";
import type { QuoteRef } from "../content/tree";
import type { SpeakerInArticle } from "../article/speakers";

/** One quotation, with what its share page and card show around it. */
export interface QuoteShare {
  view: ArticleView;
  quote: QuoteRef;
  speaker: SpeakerInArticle;
}

export function quoteShare(view: ArticleView, quoteId: string): QuoteShare | undefined {
  const quote = view.quoteById.get(quoteId);
  const speaker = quote && view.speakerById.get(quote.speaker);
  return quote && speaker ? { view, quote, speaker } : undefined;
}

