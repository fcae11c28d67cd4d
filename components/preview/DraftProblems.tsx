import { formatProblem, type Problem } from "@/lib/content/problems";
import { PageHeader } from "@/components/ui/Labels";
import { plural } from "@/lib/format/text";

/** In place of an article that fails validation, in draft mode only: what to fix, where. */
export function DraftProblems({ slug, problems }: { slug: string; problems: readonly Problem[] }) {
  return (
    <div className="mx-auto max-w-3xl px-4 sm:px-6">
      <PageHeader
        kicker="Preview"
        title="This article cannot be shown yet"
        description={`articles/${slug}.json has ${plural(problems.length, "problem")}. Fix ${problems.length === 1 ? "it" : "them"} in the file and reload this page; nothing is published meanwhile.`}
      />
      <section aria-labelledby="problems-heading" data-testid="draft-problems" className="mb-12 rounded border-2 border-demo-fg bg-demo-bg p-4">
        <h2 id="problems-heading" className="font-sans text-sm font-bold uppercase tracking-wider text-demo-fg">
          Problems, as <code className="normal-case">npm run validate</code> prints them
        </h2>
        <ul className="mt-3 space-y-2">
          {problems.map((p, i) => (
            <li key={i} className="font-mono text-sm break-words text-fg">
              {formatProblem(p)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
