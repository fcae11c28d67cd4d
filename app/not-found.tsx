import type { Metadata } from "next";
import Link from "next/link";
import { Kicker, PanelHeading } from "@/components/ui/Labels";
import { getSite } from "@/lib/content/repository";
import { formatDate } from "@/lib/format/date";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  const latest = getSite().summaries.slice(0, 3);
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <Kicker>404 · Not on record</Kicker>
      <h1 className="mt-3 font-serif text-4xl font-bold tracking-tight">We can’t find that page</h1>
      <p className="mt-4 font-serif text-xl leading-snug text-muted">
        The link may be mistyped, or the story may have moved. Nothing here was said, by anyone.
      </p>
      <p className="mt-8 font-sans">
        <Link href="/" className="inline-flex min-h-11 items-center rounded-full bg-fg px-5 font-semibold text-bg">
          Read the latest stories
        </Link>
      </p>
      {latest.length > 0 ? (
        <section aria-labelledby="latest-heading" className="mt-12 border-t border-rule pt-6">
          <PanelHeading id="latest-heading">Latest on onrecord</PanelHeading>
          <ul className="mt-2 divide-y divide-rule">
            {latest.map((a) => (
              <li key={a.slug} className="py-3">
                <Link href={`/articles/${a.slug}`} className="font-serif text-lg leading-snug font-semibold text-fg hover:underline">
                  {a.headline}
                </Link>
                <p className="mt-1 font-sans text-sm text-muted">
                  <time dateTime={a.publishedAt}>{formatDate(a.publishedAt)}</time>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
