import { Link } from "@/components/links/Link";
import type { DraftEntry } from "@/lib/content/loader";
import { formatProblem } from "@/lib/content/problems";
import { plural } from "@/lib/format/text";
import { articlePath } from "@/lib/paths";

/** Each draft with whether it would validate, linking to its preview. */
export function DraftList({ drafts }: { drafts: readonly DraftEntry[] }) {
  if (drafts.length === 0) {
    return <p className="font-serif text-lg">There are no drafts. An article with <code>&quot;status&quot;: &quot;draft&quot;</code> in <code>content/articles/</code> appears here.</p>;
  }
  return (
    <ul className="divide-y divide-rule border-y border-rule" data-testid="draft-list">
      {drafts.map((d) => {
        const ok = d.problems.length === 0;
        return (
          <li key={d.file} className="py-4">
            <p className="font-sans text-xs font-bold uppercase tracking-wider">
              <span className={ok ? "text-muted" : "text-accent"}>{ok ? "Ready to preview" : plural(d.problems.length, "problem")}</span>
            </p>
            <p className="mt-1 font-serif text-xl font-bold">
              <Link href={articlePath(d.slug)} className="inline-flex min-h-11 items-center underline-offset-2 hover:underline">
                {d.headline ?? d.slug}
              </Link>
            </p>
            <p className="font-mono text-sm text-muted break-all">{d.file}</p>
            {ok ? null : (
              <ul className="mt-2 space-y-1">
                {d.problems.map((p, i) => (
                  <li key={i} className="font-mono text-sm break-words">
                    {formatProblem(p)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
