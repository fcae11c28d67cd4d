import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleLayout } from "@/components/article/ArticleLayout";
import { DraftProblems } from "@/components/preview/DraftProblems";
import { buildArticleView } from "@/lib/article/view";
import { getSite, publishedArticle } from "@/lib/site/get-site";
import { articleView } from "@/lib/site/views";
import { loadSingleArticle } from "@/lib/content/loader";
import { articleMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ slug: string }> };

/**
 * Where `/articles/<slug>` lands in draft mode (a rewrite in next.config.js,
 * keyed on the draft cookie). Read from disk on every request, so an edit
 * shows on reload. Without draft mode (a stale cookie from an earlier build,
 * or someone typing this URL) it shows the published article or a 404.
 */
export const dynamic = "force-dynamic";

/** Read once per request (metadata and page share it), from disk in draft mode. */
const previewView = cache(async (slug: string) => {
  const site = getSite();
  if (!(await draftMode()).isEnabled) return { loaded: undefined, view: articleView(site, slug, publishedArticle) };
  const loaded = loadSingleArticle(slug);
  const view = loaded.status === "ok" ? buildArticleView(loaded.article, { people: loaded.people, topics: loaded.topics, byTopic: site.byTopic }) : undefined;
  return { loaded, view };
});

/** What the page will be once published (the same builder), but never indexed while previewed. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { view } = await previewView((await params).slug);
  return { ...(view ? articleMetadata(view) : { title: "Preview" }), robots: { index: false, follow: false } };
}

export default async function PreviewArticlePage({ params }: Props) {
  const { slug } = await params;
  const { loaded, view } = await previewView(slug);
  if (loaded?.status === "invalid") return <DraftProblems slug={slug} problems={loaded.problems} />;
  if (!view) notFound();
  return <ArticleLayout view={view} />;
}
