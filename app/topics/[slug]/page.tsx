import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleCard } from "@/components/lists/ArticleCard";
import { articlesOnTopic } from "@/lib/article/related";
import { getSite } from "@/lib/content/repository";
import { speakerNames } from "@/lib/content/speaker-names";
import { plural } from "@/lib/format/date";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return [...getSite().topics.keys()].map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = getSite().topics.get((await params).slug);
  if (!topic) return {};
  return { title: topic.name, description: topic.description ?? `Stories about ${topic.name}, with every quotation attributed.` };
}

export default async function TopicPage({ params }: Props) {
  const site = getSite();
  const topic = site.topics.get((await params).slug);
  if (!topic) notFound();
  const articles = articlesOnTopic(topic.id, site.summaries);
  return (
    <div className="mx-auto max-w-3xl px-4 sm:px-6">
      <header className="pt-8 pb-4">
        <p className="font-sans text-sm font-bold uppercase tracking-wider text-accent">Topic</p>
        <h1 className="mt-2 font-serif text-4xl font-bold tracking-tight">{topic.name}</h1>
        {topic.description ? <p className="mt-3 font-serif text-xl leading-snug text-muted">{topic.description}</p> : null}
        <p className="mt-3 font-sans text-sm text-muted">{plural(articles.length, "story", "stories")}</p>
      </header>
      {articles.length === 0 ? (
        <p className="border-t border-rule py-6 text-muted">
          No published stories on this topic yet. <Link href="/" className="text-link underline">See the latest stories</Link>.
        </p>
      ) : (
        articles.map((a) => <ArticleCard key={a.slug} article={a} speakerNames={speakerNames(a.speakerIds, site.people)} />)
      )}
    </div>
  );
}
