import { HeadlineList } from "@/components/lists/HeadlineList";
import { JsonLd } from "@/components/seo/JsonLd";
import { PeopleInStory } from "@/components/speakers/PeopleInStory";
import { SpeakerFilter } from "@/components/speakers/SpeakerFilter.client";
import { SpeakerKey } from "@/components/speakers/SpeakerKey";
import type { ArticleView } from "@/lib/article/view";
import { labelledQuotes } from "@/lib/attribution/labels";
import { shortName } from "@/lib/attribution/labels";
import { personPath } from "@/lib/paths";
import { newsArticleJsonLd } from "@/lib/seo/json-ld";
import { ARTICLE_ROOT_ATTR } from "../markup";
import { ArticleBody } from "./ArticleBody";
import { ArticleHeader } from "./ArticleHeader";
import { QuoteSheet } from "./QuoteSheet.client";
import { TopicLinks } from "./TopicLinks";

/** The whole article page below the site header; the published page and the preview share it, so a preview is exact. */
export function ArticleLayout({ view }: { view: ArticleView }) {
  const { article, speakers } = view;
  const hasSpeakers = speakers.length > 0;
  // What the two islands need to know of each speaker, and nothing more: it travels in the page's payload.
  const named = Object.fromEntries(
    speakers.map((s) => [s.id, { name: s.name, short: shortName(s), role: s.role ?? "", colour: s.colour, count: s.quoteIds.length, path: personPath(s.id) }]),
  );
  return (
    <div {...{ [ARTICLE_ROOT_ATTR]: "" }}>
      {/* Headline, then who is quoted, then the text: the order a screen reader and a phone take. From 1024px the
          speaker key moves to a second column beside both rows; the text's row takes any height it leaves over. */}
      <article className="mx-auto grid max-w-6xl grid-cols-1 gap-x-12 px-4 sm:px-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:grid-rows-[auto_1fr]">
        <div className="min-w-0 max-w-[42rem]">
          <ArticleHeader article={article} readingMinutes={view.readingMinutes} />
        </div>
        {hasSpeakers ? (
          <SpeakerKey
            speakers={speakers}
            quoteCount={view.quoteById.size}
            className="min-w-0 max-w-[42rem] lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:max-w-none lg:pt-8"
          />
        ) : null}
        <div id="story-text" tabIndex={-1} className="min-w-0 max-w-[42rem] focus:outline-none">
          <ArticleBody body={article.body} ctx={{ speakers: view.speakerById, labelled: labelledQuotes(article), segments: view.segments }} />
          <PeopleInStory speakers={speakers} />
          <TopicLinks topics={view.topics} />
          <HeadlineList id="related-heading" heading="Related articles" articles={view.related} />
        </div>
        {/* Last, not first: 5 KB of JSON before the headline kept the story's first paragraph (a phone's largest text)
            out of Chrome's first parse chunk, so it painted a frame later, after the framework's scripts had started. */}
        <JsonLd data={newsArticleJsonLd(view)} />
      </article>
      {hasSpeakers ? <SpeakerFilter speakers={named} /> : null}
      {view.quoteById.size > 0 ? <QuoteSheet slug={article.slug} speakers={named} /> : null}
    </div>
  );
}
