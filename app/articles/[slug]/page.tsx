import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleLayout } from "@/components/article/ArticleLayout";
import { articleDescription } from "@/lib/article/description";
import { articleView } from "@/lib/article/view";
import { getSite } from "@/lib/content/repository";

type Props = { params: Promise<{ slug: string }> };

// Published articles only, prerendered. In draft mode `next.config.js`
// rewrites this path to /preview/articles/<slug>, which reads from disk.
export const dynamicParams = false;

export function generateStaticParams() {
  return getSite().articles.map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getSite().articleBySlug.get((await params).slug);
  if (!article) return {};
  return { title: article.headline, description: articleDescription(article) };
}

export default async function ArticlePage({ params }: Props) {
  const view = articleView(getSite(), (await params).slug);
  if (!view) notFound();
  return <ArticleLayout view={view} />;
}
