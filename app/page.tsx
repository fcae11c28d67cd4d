import { ArticleCard } from "@/components/lists/ArticleCard";
import { TopicIndex } from "@/components/lists/TopicIndex";
import { topicCounts, topicsInUse } from "@/lib/article/topics";
import { getSite } from "@/lib/content/repository";
import { speakerNames } from "@/lib/content/speaker-names";
import { pageMetadata, SITE_DESCRIPTION } from "@/lib/seo/metadata";

export const metadata = pageMetadata({ description: SITE_DESCRIPTION, path: "/" });

export default function HomePage() {
  const site = getSite();
  const counts = topicCounts(site.summaries);
  return (
    <div className="mx-auto grid max-w-6xl grid-cols-1 gap-x-12 px-4 sm:px-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-labelledby="latest-heading" className="min-w-0">
        <h1 id="latest-heading" className="pt-8 pb-4 font-serif text-3xl font-bold tracking-tight">
          Latest stories
        </h1>
        {site.summaries.length === 0 ? (
          <p className="text-muted">No stories have been published yet.</p>
        ) : (
          site.summaries.map((a) => <ArticleCard key={a.slug} article={a} speakerNames={speakerNames(a.speakerIds, site.people)} />)
        )}
      </section>
      <div className="pt-8 pb-4 lg:pt-10">
        <TopicIndex topics={topicsInUse(site.topics.values(), counts)} counts={counts} />
      </div>
    </div>
  );
}
