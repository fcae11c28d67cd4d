import { getSite } from "@/lib/site/get-site";
import { topicDescription, topicFeed } from "@/lib/seo/metadata";
import { topicPath } from "@/lib/paths";
import { articlesFeed, rssXml } from "@/lib/seo/rss";

/** RSS 2.0 of one topic's published stories, one file per topic at build time; unknown topics are 404. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return [...getSite().topics.keys()].map((slug) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const site = getSite();
  const topic = site.topics.get((await params).slug);
  if (!topic) return new Response("Not found", { status: 404 });
  const feed = topicFeed(topic);
  const channel = articlesFeed(site, {
    title: feed.title,
    description: topicDescription(topic),
    pagePath: topicPath(topic.id),
    feedPath: feed.path,
    topic: topic.id,
  });
  return new Response(rssXml(channel), { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
