import { articleView } from "@/lib/article/view";
import { getSite } from "@/lib/content/repository";
import { quoteCardData } from "@/lib/seo/cards";
import { quoteShare, quoteShareParams } from "@/lib/seo/quote-share";
import { quoteCardImage } from "@/components/seo/ShareCards";

/** A quotation's share card, drawn at build time for each quote of each published article; anything else is 404. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return quoteShareParams(getSite());
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; quoteId: string }> }) {
  const { slug, quoteId } = await params;
  const view = articleView(getSite(), slug);
  const share = view && quoteShare(view, quoteId);
  if (!share) return new Response("Not found", { status: 404 });
  return quoteCardImage(quoteCardData(share));
}
