import type { MetadataRoute } from "next";
import { getSite } from "@/lib/site/get-site";
import { sitemapEntries } from "@/lib/seo/sitemap";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getSite());
}
