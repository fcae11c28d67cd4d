import { quoteCardImage } from "@/components/seo/ShareCards";
import { publishedArticleView } from "@/lib/site/views";
import { quoteCardData } from "@/lib/seo/cards";
import { notFoundCard } from "@/lib/seo/card-response";
import { quoteShare } from "@/lib/seo/quote-share";

/** A quotation's share card, drawn on demand like the article's (see there); anything else is 404. */
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; quoteId: string }> }) {
  const { slug, quoteId } = await params;
  const view = publishedArticleView(slug);
  const share = view && quoteShare(view, quoteId);
  if (!share) return notFoundCard();
  return quoteCardImage(quoteCardData(share));
}
