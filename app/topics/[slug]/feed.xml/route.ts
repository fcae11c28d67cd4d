import { getSite, publishedArticle } from "@/lib/site/get-site";
import { listPageTags, topicListTag } from "@/lib/published/tags";
import { tagRender } from "@/lib/site/render-tags";
import { topicDescription, topicFeed } from "@/lib/seo/metadata";
import { topicPath } from "@/lib/paths";
import { articlesFeed, rssXml } from "@/lib/seo/rss";

/** RSS 2.0 of one topic's published stories, one file per topic, written again after a publish in it; unknown topics are 404. */
export const dynamic = "force-static";
export const dynamicParams = true;

export function generateStaticParams() {
  return [...getSite().topics.keys()].map((slug) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const site = getSite();
  const topic = site.topics.get((await params).slug);
  if (!topic) return new Response("Not found", { status: 404 });
  await tagRender(listPageTags(topicListTag(topic.id), { topics: [topic.id] }));
  const feed = topicFeed(topic);
  const channel = articlesFeed(site, publishedArticle, {
    title: feed.title,
    description: topicDescription(topic),
    pagePath: topicPath(topic.id),
    feedPath: feed.path,
    topic: topic.id,
  });
  return new Response(rssXml(channel), { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
