import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleLayout } from "@/components/article/ArticleLayout";
import { articleView } from "@/lib/site/views";
import { getSite, publishedArticle } from "@/lib/site/get-site";
import { prerenderedArticles } from "@/lib/site/prerender";
import { tagRender } from "@/lib/site/render-tags";
import { articlePageTags } from "@/lib/published/tags";
import { articleMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ slug: string }> };

// The newest articles are drawn at build time; any other published article on
// its first request, then cached until a publish revalidates it. In draft mode
// `next.config.js` rewrites this path to /preview/articles/<slug>.
export const dynamicParams = true;

export function generateStaticParams() {
  return prerenderedArticles(getSite());
}

const view = cache((slug: string) => articleView(getSite(), slug, publishedArticle));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = view((await params).slug);
  return found ? articleMetadata(found) : {};
}

export default async function ArticlePage({ params }: Props) {
  const slug = (await params).slug;
  const found = view(slug);
  const record = getSite().records.get(slug);
  if (!found || !record) notFound();
  await tagRender(articlePageTags(record, found.related, found.article.topics));
  return <ArticleLayout view={found} />;
}
