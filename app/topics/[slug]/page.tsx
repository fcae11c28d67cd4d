import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleCard } from "@/components/lists/ArticleCard";
import { PageHeader } from "@/components/ui/Labels";
import { articlesOnTopic } from "@/lib/article/related";
import { getSite } from "@/lib/content/repository";
import { speakerNames } from "@/lib/content/speaker-names";
import { plural } from "@/lib/format/text";
import { pageMetadata, topicFeed } from "@/lib/seo/metadata";
import { topicPath } from "@/lib/seo/paths";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return [...getSite().topics.keys()].map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = getSite().topics.get((await params).slug);
  if (!topic) return {};
  const description = topic.description ?? `Stories about ${topic.name}, with every quotation attributed.`;
  return pageMetadata({ title: topic.name, description, path: topicPath(topic.id), feeds: [topicFeed(topic)] });
}

export default async function TopicPage({ params }: Props) {
  const site = getSite();
  const topic = site.topics.get((await params).slug);
  if (!topic) notFound();
  const articles = articlesOnTopic(topic.id, site.summaries);
  return (
    <div className="mx-auto max-w-3xl px-4 sm:px-6">
      <PageHeader kicker="Topic" title={topic.name} description={topic.description} meta={plural(articles.length, "story", "stories")} />
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
