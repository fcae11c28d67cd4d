import { TopicIndex } from "@/components/lists/TopicIndex";
import { PageHeader } from "@/components/ui/Labels";
import { getSite } from "@/lib/site/get-site";
import { pageMetadata } from "@/lib/seo/metadata";
import { TOPICS_PATH } from "@/lib/paths";
import { SITE_TAG } from "@/lib/published/tags";
import { tagRender } from "@/lib/site/render-tags";

export const metadata = pageMetadata({ title: "Topics", description: "Every topic on onrecord, busiest first.", path: TOPICS_PATH });

export default async function TopicsIndexPage() {
  const site = getSite();
  await tagRender([SITE_TAG]);
  return (
    <div className="mx-auto max-w-3xl px-4 pb-4 sm:px-6">
      <PageHeader kicker="Browse" title="Topics" description="Follow a story across articles: each topic lists every article on it, newest first." />
      <TopicIndex topics={site.topicsInUse} counts={site.topicCounts} headed={false} />
    </div>
  );
}
