import { Link } from "@/components/links/Link";
import type { SpeakerAppearance } from "@/lib/article/people";
import { formatDate } from "@/lib/format/date";
import { homeSlot } from "@/lib/speaker-colour/assign";
import { DemoBadge } from "../article/DemoNotice";
import { speakerClass } from "../markup";
import { articlePath, quoteInContextPath } from "@/lib/paths";

/** A speaker's quotes, story by story, in their own colour (the one they have in every story). */
export function SpeakerAppearances({ personId, appearances }: { personId: string; appearances: readonly SpeakerAppearance[] }) {
  if (appearances.length === 0) return <p className="border-t border-rule py-6 text-muted">No published quotes yet.</p>;
  return (
    <ol className="space-y-8">
      {appearances.map(({ article, role, quotes }) => (
        <li key={article.slug} className="border-t border-rule pt-5">
          <h2 className="font-serif text-xl leading-snug font-bold">
            <Link href={articlePath(article.slug)} className="text-fg hover:underline">
              {article.headline}
            </Link>
          </h2>
          <p className="mt-1 flex flex-wrap items-center gap-2 font-sans text-sm text-muted">
            <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
            {article.demo ? <DemoBadge /> : null}
          </p>
          {/* Its own line: a long role must not leave a separator dangling at a narrow width. */}
          {role ? <p className="font-sans text-sm text-muted">Quoted as {role}</p> : null}
          <ul className="mt-3 space-y-3">
            {quotes.map((q) => (
              <li key={q.id}>
                <figure className={`${speakerClass(homeSlot(personId))} rounded-e border-s-4 border-[var(--spk-fg)] bg-[var(--spk-bg)] px-4 py-3`}>
                  <blockquote cite={quoteInContextPath(article.slug, q.id)} className="font-serif text-lg leading-snug">
                    <p>“{q.text}”</p>
                  </blockquote>
                  <figcaption className="mt-2 font-sans text-sm">
                    <Link
                      href={quoteInContextPath(article.slug, q.id)}
                      className="inline-flex min-h-11 items-center font-semibold text-link underline underline-offset-2"
                      data-quote-link={q.id}
                    >
                      Read it in context<span className="sr-only">: {article.headline}</span>
                    </Link>
                  </figcaption>
                </figure>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
