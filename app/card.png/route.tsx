import { siteCardImage } from "@/components/seo/ShareCards";

/** The site's share card, for pages without one of their own. Drawn once at build time. */
export const dynamic = "force-static";

export function GET() {
  return siteCardImage();
}
