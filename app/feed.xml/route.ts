import { getSite } from "@/lib/site/get-site";
import { SITE_DESCRIPTION, SITE_FEED } from "@/lib/seo/metadata";
import { FEED_PATH, HOME_PATH } from "@/lib/paths";
import { articlesFeed, rssXml } from "@/lib/seo/rss";

/** RSS 2.0 of the latest published stories, written at build time. */
export const dynamic = "force-static";

export function GET() {
  const feed = articlesFeed(getSite(), { title: SITE_FEED.title, description: SITE_DESCRIPTION, pagePath: HOME_PATH, feedPath: FEED_PATH });
  return new Response(rssXml(feed), { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
