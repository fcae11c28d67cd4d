import type { ArticleView } from "../article/view";
import type { QuoteRef } from "../article/quotes";
import { collectQuotes } from "../article/quotes";
import type { SpeakerInArticle } from "../article/speakers";
import type { Site } from "../content/repository";

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

/** Every quote of every published article: the share pages and cards built at build time. Drafts are not in `site`. */
export function quoteShareParams(site: Pick<Site, "articles">): { slug: string; quoteId: string }[] {
  return site.articles.flatMap((a) => collectQuotes(a).map((q) => ({ slug: a.slug, quoteId: q.id })));
}
