import { HeadlineList } from "@/components/lists/HeadlineList";
import { JsonLd } from "@/components/seo/JsonLd";
import { SpeakerFocusProvider } from "@/components/speakers/SpeakerFocus";
import { SpeakerDisclosure, SpeakerSidebar } from "@/components/speakers/SpeakerPanels";
import type { ArticleView } from "@/lib/article/view";
import { newsArticleJsonLd } from "@/lib/seo/json-ld";
import { ArticleBody } from "./ArticleBody";
import { ArticleHeader } from "./ArticleHeader";
import { TopicLinks } from "./TopicLinks";

/** The whole article page below the site header; the published page and the preview share it, so a preview is exact. */
export function ArticleLayout({ view }: { view: ArticleView }) {
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
