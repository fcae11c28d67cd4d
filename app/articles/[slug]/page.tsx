import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleLayout } from "@/components/article/ArticleLayout";
import { articleView } from "@/lib/site/views";
import { getSite } from "@/lib/site/get-site";
import { articleMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ slug: string }> };

// Published articles only, prerendered. In draft mode `next.config.js`
// rewrites this path to /preview/articles/<slug>, which reads from disk.
export const dynamicParams = false;

export function generateStaticParams() {
  return getSite().articles.map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = articleView(getSite(), (await params).slug);
  return view ? articleMetadata(view) : {};
}

export default async function ArticlePage({ params }: Props) {
  const view = articleView(getSite(), (await params).slug);
  if (!view) notFound();
  return <ArticleLayout view={view} />;
}
