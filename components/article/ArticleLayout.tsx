import { HeadlineList } from "@/components/lists/HeadlineList";
import { JsonLd } from "@/components/seo/JsonLd";
import { SpeakerFocusProvider } from "@/components/speakers/SpeakerFocus.client";
import { SpeakerPanel } from "@/components/speakers/SpeakerPanels";
import type { ArticleView } from "@/lib/article/view";
import { newsArticleJsonLd } from "@/lib/seo/json-ld";
import { ArticleBody } from "./ArticleBody";
import { ArticleHeader } from "./ArticleHeader";
import { QuoteLinkCopier } from "./QuoteLinkCopier.client";
import { TopicLinks } from "./TopicLinks";

/** The whole article page below the site header; the published page and the preview share it, so a preview is exact. */
export function ArticleLayout({ view }: { view: ArticleView }) {
  const { article, speakers, quoteById } = view;
  const hasSpeakers = speakers.length > 0;
  return (
    <SpeakerFocusProvider names={Object.fromEntries(speakers.map((s) => [s.id, s.name]))}>
      {/* Headline, then who is quoted, then the text: the order a screen reader and a phone take. From 1024px the
          speaker panel moves to a second column beside both rows; the text's row takes any height it leaves over. */}
      <article className="mx-auto grid max-w-6xl grid-cols-1 gap-x-12 px-4 sm:px-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:grid-rows-[auto_1fr]">
        <div className="min-w-0 max-w-[42rem]">
          <ArticleHeader article={article} readingMinutes={view.readingMinutes} />
        </div>
        {hasSpeakers ? (
          <SpeakerPanel speakers={speakers} quotes={quoteById} className="min-w-0 max-w-[42rem] lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:max-w-none lg:pt-8" />
        ) : null}
        <div id="story-text" tabIndex={-1} className="min-w-0 max-w-[42rem] focus:outline-none">
          <ArticleBody body={article.body} speakers={view.speakerById} />
          <TopicLinks topics={view.topics} />
          <HeadlineList id="related-heading" heading="Related articles" articles={view.related} />
        </div>
        {/* Last, not first: 5 KB of JSON before the headline kept the story's first paragraph (a phone's largest text)
            out of Chrome's first parse chunk, so it painted a frame later, after the framework's scripts had started. */}
        <JsonLd data={newsArticleJsonLd(view)} />
      </article>
      {view.quoteById.size > 0 ? <QuoteLinkCopier /> : null}
    </SpeakerFocusProvider>
  );
}
