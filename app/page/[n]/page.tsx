import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LatestStories } from "@/components/lists/LatestStories";
import { getSite } from "@/lib/site/get-site";
import { extraPageNumbers, paginate, parsePageParam } from "@/lib/lists/paginate";
import { pageMetadata, SITE_DESCRIPTION } from "@/lib/seo/metadata";
import { HOME_PATH, listingPagePath } from "@/lib/paths";
import { SITE_TAG, storyListTags } from "@/lib/published/tags";
import { PRERENDER } from "@/lib/site/prerender";
import { tagRender } from "@/lib/site/render-tags";

type Props = { params: Promise<{ n: string }> };

/** The first few pages are built; later ones are drawn on their first request. A number past the end is a 404. */
export const dynamicParams = true;

export function generateStaticParams() {
  return extraPageNumbers(getSite().summaries.length)
    .slice(0, PRERENDER.homePages)
    .map((n) => ({ n: String(n) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const n = parsePageParam((await params).n);
  return n ? pageMetadata({ title: `Latest stories, page ${n}`, description: SITE_DESCRIPTION, path: listingPagePath(HOME_PATH, n) }) : {};
}

export default async function LatestStoriesPage({ params }: Props) {
  const site = getSite();
  const n = parsePageParam((await params).n);
  const page = n ? paginate(site.summaries, n) : undefined;
  if (!page) notFound();
  await tagRender(storyListTags(SITE_TAG, page.items, site.topicsInUse.map((t) => t.id)));
  return <LatestStories site={site} page={page} />;
}
