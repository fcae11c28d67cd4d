import { LatestStories } from "@/components/lists/LatestStories";
import { getSite } from "@/lib/content/repository";
import { paginate } from "@/lib/lists/paginate";

export default function HomePage() {
  const site = getSite();
  // Page 1 always exists (empty when nothing is published), so this never falls through.
  return <LatestStories site={site} page={paginate(site.summaries, 1)!} />;
}
