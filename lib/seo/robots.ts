import type { MetadataRoute } from "next";
import { absoluteUrl } from "./site-url";

/** Everything readable is open to crawlers; `/api/` (draft preview switches) is not a page. */
export function robotsRules(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: "/api/" }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
