import type { ArticleSummary } from "@/lib/article/summary";
import type { Site } from "@/lib/site/site";
import { speakerNames } from "@/lib/article/speaker-names";
import type { Page } from "@/lib/lists/paginate";
import { ArticleCard } from "./ArticleCard";
import { storyQuote } from "./StoryQuote";
import { Pagination } from "./Pagination";
import { TopicIndex } from "./TopicIndex";
import { HOME_PATH } from "@/lib/paths";

/** The home page and its later pages: one page of the latest stories, and the topics beside them. */
export function LatestStories({ site, page }: { site: Site; page: Page<ArticleSummary> }) {
  return (
    <div className="mx-auto grid max-w-6xl grid-cols-1 gap-x-12 px-4 sm:px-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-labelledby="latest-heading" className="min-w-0">
        <h1 id="latest-heading" className="pt-8 pb-4 font-serif text-3xl font-bold tracking-tight">
          Latest stories
          {page.page > 1 ? <span className="block font-sans text-base font-normal text-muted">Page {page.page}</span> : null}
        </h1>
        {page.total === 0 ? (
          <p className="text-muted">No stories have been published yet.</p>
        ) : (
          // Who said what, on every story: the newest leads with its quotation as a pull quote.
          page.items.map((a, i) => (
            <ArticleCard
              key={a.slug}
              article={a}
              speakerNames={speakerNames(a.speakerIds, site.people)}
              quote={storyQuote(site, a.slug)}
              lead={page.page === 1 && i === 0}
            />
          ))
        )}
        <Pagination base={HOME_PATH} page={page} noun="stories" />
      </section>
      <div className="pt-8 pb-4 lg:pt-10">
        <TopicIndex topics={site.topicsInUse} counts={site.topicCounts} />
      </div>
    </div>
  );
}
