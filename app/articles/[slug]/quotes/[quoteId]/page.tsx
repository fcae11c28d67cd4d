import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/seo/JsonLd";
import { SharedQuote } from "@/components/seo/SharedQuote";
import { articleView } from "@/lib/article/view";
import { getSite } from "@/lib/content/repository";
import { quotationJsonLd } from "@/lib/seo/json-ld";
import { quoteMetadata } from "@/lib/seo/metadata";
import { quoteShare, quoteShareParams } from "@/lib/seo/quote-share";

type Props = { params: Promise<{ slug: string; quoteId: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return quoteShareParams(getSite());
}

async function share(params: Props["params"]) {
  const { slug, quoteId } = await params;
  const view = articleView(getSite(), slug);
  return view && quoteShare(view, quoteId);
}

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
