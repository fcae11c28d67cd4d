import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SpeakerAppearances } from "@/components/people/SpeakerAppearances";
import { getSite } from "@/lib/content/repository";
import { plural } from "@/lib/format/date";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return [...getSite().people.keys()].map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = getSite().people.get((await params).id);
  if (!person) return {};
  return { title: person.name, description: `Everything ${person.name} is quoted saying on onrecord, with a link to each quote in its story.` };
}

export default async function PersonPage({ params }: Props) {
  const site = getSite();
  const person = site.people.get((await params).id);
  if (!person) notFound();
  const appearances = site.appearances.get(person.id) ?? [];
  const quoteCount = appearances.reduce((n, a) => n + a.quotes.length, 0);
  return (
    <div className="mx-auto max-w-3xl px-4 sm:px-6">
      <header className="pt-8 pb-6">
        <p className="font-sans text-sm font-bold uppercase tracking-wider text-accent">
          {person.kind === "organisation" ? "Organisation" : "Person"} quoted
        </p>
        <h1 className="mt-2 font-serif text-4xl font-bold tracking-tight">{person.name}</h1>
        {person.description ? <p className="mt-3 font-serif text-xl leading-snug text-muted">{person.description}</p> : null}
        <p className="mt-3 font-sans text-sm text-muted">
          {plural(quoteCount, "quote")} in {plural(appearances.length, "story", "stories")}
        </p>
      </header>
      <SpeakerAppearances appearances={appearances} />
    </div>
  );
}
