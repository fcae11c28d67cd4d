import { articleView } from "@/lib/article/view";
import { getSite } from "@/lib/content/repository";
import { articleCardData } from "@/lib/seo/cards";
import { articleCardImage } from "@/components/seo/ShareCards";

/** An article's share card (og:image), drawn at build time for each published article; other slugs are 404. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getSite().articles.map((a) => ({ slug: a.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const view = articleView(getSite(), (await params).slug);
  if (!view) return new Response("Not found", { status: 404 });
  return articleCardImage(articleCardData(view));
}
