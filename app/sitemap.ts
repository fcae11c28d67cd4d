import type { MetadataRoute } from "next";
import { getSite } from "@/lib/site/get-site";
import { sitemapEntries } from "@/lib/seo/sitemap";
import { SITE_TAG } from "@/lib/published/tags";
import { tagRender } from "@/lib/site/render-tags";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await tagRender([SITE_TAG]);
  return sitemapEntries(getSite());
}
