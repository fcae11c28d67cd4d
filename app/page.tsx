import { LatestStories } from "@/components/lists/LatestStories";
import { getSite } from "@/lib/site/get-site";
import { paginate } from "@/lib/lists/paginate";
import { pageMetadata, SITE_DESCRIPTION } from "@/lib/seo/metadata";
import { HOME_PATH } from "@/lib/paths";
import { SITE_TAG, storyListTags } from "@/lib/published/tags";
import { tagRender } from "@/lib/site/render-tags";

export const metadata = pageMetadata({ description: SITE_DESCRIPTION, path: HOME_PATH });

export default async function HomePage() {
  const site = getSite();
  // Page 1 always exists (empty when nothing is published), so this never falls through.
  const page = paginate(site.summaries, 1)!;
  await tagRender(storyListTags(SITE_TAG, page.items, site.topicsInUse.map((t) => t.id)));
  return <LatestStories site={site} page={page} />;
}
