import { getSite, publishedArticle } from "@/lib/site/get-site";
import { SITE_TAG } from "@/lib/published/tags";
import { tagRender } from "@/lib/site/render-tags";
import { SITE_DESCRIPTION, SITE_FEED } from "@/lib/seo/metadata";
import { FEED_PATH, HOME_PATH } from "@/lib/paths";
import { articlesFeed, rssXml } from "@/lib/seo/rss";

/** RSS 2.0 of the latest published stories, written at build time and again after each publish. */
export const dynamic = "force-static";

export async function GET() {
  await tagRender([SITE_TAG]);
  const feed = articlesFeed(getSite(), publishedArticle, { title: SITE_FEED.title, description: SITE_DESCRIPTION, pagePath: HOME_PATH, feedPath: FEED_PATH });
  return new Response(rssXml(feed), { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
