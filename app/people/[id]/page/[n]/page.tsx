import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SpeakerPage } from "@/components/people/SpeakerPage";
import { getSite } from "@/lib/site/get-site";
import { paginate, parsePageParam } from "@/lib/lists/paginate";
import { pageMetadata, personDescription } from "@/lib/seo/metadata";
import { listingPagePath, personPath } from "@/lib/paths";
import { listPageTags, personListTag } from "@/lib/published/tags";
import { tagRender } from "@/lib/site/render-tags";

type Props = { params: Promise<{ id: string; n: string }> };

// Drawn on their first request, cached until a publish quoting this speaker.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, n } = await params;
  const person = getSite().people.get(id);
  const page = parsePageParam(n);
  if (!person || !page) return {};
  const description = personDescription(person);
  return pageMetadata({ title: `${person.name}, page ${page}`, description, path: listingPagePath(personPath(person.id), page) });
}

export default async function PersonPageN({ params }: Props) {
  const site = getSite();
  const { id, n } = await params;
  const person = site.people.get(id);
  const number = parsePageParam(n);
  const appearances = (person && site.appearances.get(person.id)) ?? [];
  const page = person && number ? paginate(appearances, number) : undefined;
  if (!person || !page) notFound();
  const quoteCount = site.standingById.get(person.id)?.quoteCount ?? 0;
  await tagRender(listPageTags(personListTag(person.id), { people: [person.id] }));
  return <SpeakerPage person={person} page={page} quoteCount={quoteCount} />;
}
