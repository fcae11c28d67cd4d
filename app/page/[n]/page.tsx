import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LatestStories } from "@/components/lists/LatestStories";
import { getSite } from "@/lib/site/get-site";
import { extraPageNumbers, paginate, parsePageParam } from "@/lib/lists/paginate";
import { pageMetadata, SITE_DESCRIPTION } from "@/lib/seo/metadata";
import { HOME_PATH, listingPagePath } from "@/lib/paths";

type Props = { params: Promise<{ n: string }> };

/** Only the pages the archive fills are built; any other number is a 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return extraPageNumbers(getSite().summaries.length).map((n) => ({ n: String(n) }));
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
  return <LatestStories site={site} page={page} />;
}
