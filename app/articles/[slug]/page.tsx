import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/article/ArticleBody";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { TopicLinks } from "@/components/article/TopicLinks";
import { RelatedArticles } from "@/components/lists/RelatedArticles";
import { SpeakerFocusProvider } from "@/components/speakers/SpeakerFocus";
import { SpeakerDisclosure, SpeakerSidebar } from "@/components/speakers/SpeakerPanels";
import { articleDescription } from "@/lib/article/description";
import { collectQuotes } from "@/lib/article/quotes";
import { readingTimeMinutes } from "@/lib/article/reading-time";
import { relatedArticles } from "@/lib/article/related";
import { speakersInOrder } from "@/lib/article/speakers";
import { getSite } from "@/lib/content/repository";

type Props = { params: Promise<{ slug: string }> };

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
  const site = getSite();
  const article = site.articleBySlug.get((await params).slug);
  if (!article) notFound();

  const speakers = speakersInOrder(article, site.people);
  const quotes = new Map(collectQuotes(article).map((q) => [q.id, q]));
  const topics = article.topics.flatMap((id) => site.topics.get(id) ?? []);
  const related = relatedArticles(article, site.summaries);

  return (
    <SpeakerFocusProvider names={Object.fromEntries(speakers.map((s) => [s.id, s.name]))}>
      <article className="mx-auto grid max-w-6xl grid-cols-1 gap-x-12 px-4 sm:px-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 max-w-[42rem]">
          <ArticleHeader article={article} readingMinutes={readingTimeMinutes(article)} />
          {speakers.length > 0 ? <SpeakerDisclosure speakers={speakers} quotes={quotes} /> : null}
          <ArticleBody body={article.body} speakers={new Map(speakers.map((s) => [s.id, s]))} />
          <TopicLinks topics={topics} />
          <RelatedArticles articles={related} />
        </div>
        {speakers.length > 0 ? <SpeakerSidebar speakers={speakers} quotes={quotes} className="pt-8" /> : null}
      </article>
    </SpeakerFocusProvider>
  );
}
