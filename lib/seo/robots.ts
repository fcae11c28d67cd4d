import type { MetadataRoute } from "next";
import { absoluteUrl } from "./site-url";
import { API_PREFIX, HOME_PATH, SITEMAP_PATH } from "../paths";

/** Everything readable is open to crawlers; `/api/` (draft preview switches) is not a page. */
export function robotsRules(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: HOME_PATH, disallow: API_PREFIX }],
    sitemap: absoluteUrl(SITEMAP_PATH),
  };
}
