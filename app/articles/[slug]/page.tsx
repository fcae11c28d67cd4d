import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/article/ArticleBody";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { TopicLinks } from "@/components/article/TopicLinks";
import { HeadlineList } from "@/components/lists/HeadlineList";
import { SpeakerFocusProvider } from "@/components/speakers/SpeakerFocus";
import { JsonLd } from "@/components/seo/JsonLd";
import { SpeakerDisclosure, SpeakerSidebar } from "@/components/speakers/SpeakerPanels";
import { articleView } from "@/lib/article/view";
import { getSite } from "@/lib/content/repository";
import { newsArticleJsonLd } from "@/lib/seo/json-ld";
import { articleMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ slug: string }> };

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
  const { article, speakers, quoteById } = view;
  const hasSpeakers = speakers.length > 0;

  return (
    <SpeakerFocusProvider names={Object.fromEntries(speakers.map((s) => [s.id, s.name]))}>
      <article className="mx-auto grid max-w-6xl grid-cols-1 gap-x-12 px-4 sm:px-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <JsonLd data={newsArticleJsonLd(view)} />
        <div className="min-w-0 max-w-[42rem]">
          <ArticleHeader article={article} readingMinutes={view.readingMinutes} />
          {hasSpeakers ? <SpeakerDisclosure speakers={speakers} quotes={quoteById} /> : null}
          <ArticleBody body={article.body} speakers={view.speakerById} />
          <TopicLinks topics={view.topics} />
          <HeadlineList id="related-heading" heading="Related articles" articles={view.related} />
        </div>
        {hasSpeakers ? <SpeakerSidebar speakers={speakers} quotes={quoteById} className="pt-8" /> : null}
      </article>
    </SpeakerFocusProvider>
  );
}
