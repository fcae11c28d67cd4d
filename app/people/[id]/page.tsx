import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SpeakerPage } from "@/components/people/SpeakerPage";
import { getSite } from "@/lib/site/get-site";
import { paginate } from "@/lib/lists/paginate";
import { pageMetadata, personDescription } from "@/lib/seo/metadata";
import { personPath } from "@/lib/paths";
import { listPageTags, personListTag } from "@/lib/published/tags";
import { prerenderedPeople } from "@/lib/site/prerender";
import { tagRender } from "@/lib/site/render-tags";

type Props = { params: Promise<{ id: string }> };

// The most quoted are built; everyone else is drawn on their page's first request.
export const dynamicParams = true;

export function generateStaticParams() {
  return prerenderedPeople(getSite());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = getSite().people.get((await params).id);
  if (!person) return {};
  const description = personDescription(person);
  return pageMetadata({ title: person.name, description, path: personPath(person.id) });
}

export default async function PersonPage({ params }: Props) {
  const site = getSite();
  const person = site.people.get((await params).id);
  if (!person) notFound();
  const appearances = site.appearances.get(person.id) ?? [];
  const quoteCount = site.standingById.get(person.id)?.quoteCount ?? 0;
  await tagRender(listPageTags(personListTag(person.id), { people: [person.id] }));
  return <SpeakerPage person={person} page={paginate(appearances, 1)!} quoteCount={quoteCount} />;
}
