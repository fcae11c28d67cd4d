import { articleCardImage } from "@/components/seo/ShareCards";
import { publishedArticleView } from "@/lib/site/views";
import { articleCardData } from "@/lib/seo/cards";
import { notFoundCard } from "@/lib/seo/card-response";

/**
 * An article's share card (og:image), drawn when first asked for from the
 * article's own file, then kept by the CDN (next.config.js sets the caching): drawing every card at build time
 * would cost most of a large archive's build. Drafts and unknown slugs are 404.
 */
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const view = publishedArticleView((await params).slug);
  if (!view) return notFoundCard();
  return articleCardImage(articleCardData(view));
}
