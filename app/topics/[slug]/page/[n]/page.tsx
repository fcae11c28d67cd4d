import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TopicStories } from "@/components/lists/TopicStories";
import { getSite } from "@/lib/site/get-site";
import { paginate, parsePageParam } from "@/lib/lists/paginate";
import { pageMetadata, topicDescription, topicFeed } from "@/lib/seo/metadata";
import { listingPagePath, topicPath } from "@/lib/paths";
import { storyListTags, topicListTag } from "@/lib/published/tags";
import { tagRender } from "@/lib/site/render-tags";

type Props = { params: Promise<{ slug: string; n: string }> };

// Later pages are drawn on their first request and cached until a publish in the topic.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  const topic = getSite().topics.get(slug);
  const page = parsePageParam(n);
  if (!topic || !page) return {};
  const description = topicDescription(topic);
  return pageMetadata({ title: `${topic.name}, page ${page}`, description, path: listingPagePath(topicPath(topic.id), page), feeds: [topicFeed(topic)] });
}

export default async function TopicPageN({ params }: Props) {
  const site = getSite();
  const { slug, n } = await params;
  const topic = site.topics.get(slug);
  const number = parsePageParam(n);
  const page = topic && number ? paginate(site.byTopic.get(topic.id) ?? [], number) : undefined;
  if (!topic || !page) notFound();
  await tagRender(storyListTags(topicListTag(topic.id), page.items, [topic.id]));
  return <TopicStories topic={topic} page={page} people={site.people} />;
}
