import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SpeakerAppearances } from "@/components/people/SpeakerAppearances";
import { PageHeader } from "@/components/ui/Labels";
import { getSite } from "@/lib/content/repository";
import { plural } from "@/lib/format/text";
import { pageMetadata } from "@/lib/seo/metadata";
import { personPath } from "@/lib/seo/paths";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return [...getSite().people.keys()].map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = getSite().people.get((await params).id);
  if (!person) return {};
  const description = `Everything ${person.name} is quoted saying on onrecord, with a link to each quote in its story.`;
  return pageMetadata({ title: person.name, description, path: personPath(person.id) });
}

export default async function PersonPage({ params }: Props) {
  const site = getSite();
  const person = site.people.get((await params).id);
  if (!person) notFound();
  const appearances = site.appearances.get(person.id) ?? [];
  const quoteCount = appearances.reduce((n, a) => n + a.quotes.length, 0);
  return (
    <div className="mx-auto max-w-3xl px-4 sm:px-6">
      <PageHeader
        kicker={`${person.kind === "organisation" ? "Organisation" : "Person"} quoted`}
        title={person.name}
        description={person.description}
        meta={`${plural(quoteCount, "quote")} in ${plural(appearances.length, "story", "stories")}`}
      />
      <SpeakerAppearances appearances={appearances} />
    </div>
  );
}
