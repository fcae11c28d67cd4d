import { LatestStories } from "@/components/lists/LatestStories";
import { getSite } from "@/lib/site/get-site";
import { paginate } from "@/lib/lists/paginate";
import { pageMetadata, SITE_DESCRIPTION } from "@/lib/seo/metadata";
import { HOME_PATH } from "@/lib/paths";

export const metadata = pageMetadata({ description: SITE_DESCRIPTION, path: HOME_PATH });

export default function HomePage() {
  const site = getSite();
  // Page 1 always exists (empty when nothing is published), so this never falls through.
  return <LatestStories site={site} page={paginate(site.summaries, 1)!} />;
}
