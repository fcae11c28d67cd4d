import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/seo/JsonLd";
import { SharedQuote } from "@/components/seo/SharedQuote";
import { cache } from "react";
import { publishedArticleView } from "@/lib/site/views";
import { quotationJsonLd } from "@/lib/seo/json-ld";
import { quoteMetadata } from "@/lib/seo/metadata";
import { quoteShare } from "@/lib/seo/quote-share";

type Props = { params: Promise<{ slug: string; quoteId: string }> };

/**
 * Rendered on request from the article's own file (and kept by the CDN), not
 * prerendered: a story has several quotes, so building a page for each would
 * multiply a large archive's build. Drafts and unknown ids are 404.
 */
export const dynamic = "force-dynamic";

const share = cache(async (params: Props["params"]) => {
  const { slug, quoteId } = await params;
  const view = publishedArticleView(slug);
  return view && quoteShare(view, quoteId);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await share(params);
  return found ? quoteMetadata(found) : {};
}

export default async function QuotePage({ params }: Props) {
  const found = await share(params);
  if (!found) notFound();
  return (
    <>
      <JsonLd data={quotationJsonLd(found)} />
      <SharedQuote share={found} />
    </>
  );
}
