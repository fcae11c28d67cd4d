import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { notFound } from "next/navigation";
import { ArticleLayout } from "@/components/article/ArticleLayout";
import { DraftProblems } from "@/components/preview/DraftProblems";
import { articleDescription } from "@/lib/article/description";
import { articleView, buildArticleView } from "@/lib/article/view";
import { getSite } from "@/lib/content/repository";
import { loadSingleArticle } from "@/lib/content/single";

type Props = { params: Promise<{ slug: string }> };

/**
 * Where `/articles/<slug>` lands in draft mode (a rewrite in next.config.js,
 * keyed on the draft cookie). Read from disk on every request, so an edit
 * shows on reload. Without draft mode (a stale cookie from an earlier build,
 * or someone typing this URL) it shows the published article or a 404.
 */
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const loaded = (await draftMode()).isEnabled ? loadSingleArticle(slug) : undefined;
  const article = loaded?.status === "ok" ? loaded.article : getSite().articleBySlug.get(slug);
  return {
    title: article ? article.headline : "Preview",
    description: article ? articleDescription(article) : undefined,
    robots: { index: false, follow: false },
    alternates: { canonical: `/articles/${slug}` },
  };
}

export default async function PreviewArticlePage({ params }: Props) {
  const { slug } = await params;
  const site = getSite();
  if (!(await draftMode()).isEnabled) {
    const view = articleView(site, slug);
    if (!view) notFound();
    return <ArticleLayout view={view} />;
  }
  const loaded = loadSingleArticle(slug);
  if (loaded.status === "missing") notFound();
  if (loaded.status === "invalid") return <DraftProblems slug={slug} problems={loaded.problems} />;
  return <ArticleLayout view={buildArticleView(loaded.article, { people: loaded.people, topics: loaded.topics, summaries: site.summaries })} />;
}
