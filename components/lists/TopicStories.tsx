import { Link } from "@/components/links/Link";
import type { ArticleSummary } from "@/lib/article/summary";
import type { Person, Topic } from "@/lib/content/schema";
import { speakerNames } from "@/lib/article/speaker-names";
import type { Page } from "@/lib/lists/paginate";
import { plural } from "@/lib/format/text";
import { PageHeader } from "../ui/Labels";
import { ArticleCard } from "./ArticleCard";
import { Pagination } from "./Pagination";
import { HOME_PATH, topicPath } from "@/lib/paths";

/** One page of the stories on a topic. */
export function TopicStories({ topic, page, people }: { topic: Topic; page: Page<ArticleSummary>; people: ReadonlyMap<string, Person> }) {
  const base = topicPath(topic.id);
  const meta = plural(page.total, "story", "stories") + (page.pageCount > 1 ? ` · page ${page.page} of ${page.pageCount}` : "");
  return (
    <div className="mx-auto max-w-3xl px-4 sm:px-6">
      <PageHeader kicker="Topic" title={topic.name} description={topic.description} meta={meta} />
      {page.total === 0 ? (
        <p className="border-t border-rule py-6 text-muted">
          No published stories on this topic yet. <Link href={HOME_PATH} className="text-link underline">See the latest stories</Link>.
        </p>
      ) : (
        page.items.map((a) => <ArticleCard key={a.slug} article={a} speakerNames={speakerNames(a.speakerIds, people)} />)
      )}
      <Pagination base={base} page={page} noun="stories" />
    </div>
  );
}
