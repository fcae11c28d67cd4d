import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TopicStories } from "@/components/lists/TopicStories";
import { getSite } from "@/lib/site/get-site";
import { paginate } from "@/lib/lists/paginate";
import { pageMetadata, topicDescription, topicFeed } from "@/lib/seo/metadata";
import { topicPath } from "@/lib/paths";
import { storyListTags, topicListTag } from "@/lib/published/tags";
import { tagRender } from "@/lib/site/render-tags";

type Props = { params: Promise<{ slug: string }> };

// Every topic is built (there are few); one added later is drawn on its first request.
export const dynamicParams = true;

export function generateStaticParams() {
  return [...getSite().topics.keys()].map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = getSite().topics.get((await params).slug);
  if (!topic) return {};
  const description = topicDescription(topic);
  return pageMetadata({ title: topic.name, description, path: topicPath(topic.id), feeds: [topicFeed(topic)] });
}

export default async function TopicPage({ params }: Props) {
  const site = getSite();
  const topic = site.topics.get((await params).slug);
  if (!topic) notFound();
  // Page 1 always exists (empty for a topic with no stories yet).
  const page = paginate(site.byTopic.get(topic.id) ?? [], 1)!;
  await tagRender(storyListTags(topicListTag(topic.id), page.items, [topic.id]));
  return <TopicStories topic={topic} page={page} people={site.people} />;
}
