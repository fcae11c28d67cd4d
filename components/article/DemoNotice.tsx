/** Demo articles are fictional; a reader must never mistake them for reporting. */
export function DemoBadge() {
  return (
    <span className="inline-flex items-center rounded-sm bg-demo-bg px-1.5 py-0.5 font-sans text-xs font-bold uppercase tracking-wide text-demo-fg">
      Demo content
    </span>
  );
}

export function DemoNotice() {
  return (
    <p role="note" className="my-4 rounded border border-rule bg-demo-bg px-4 py-3 font-sans text-sm text-demo-fg">
      <strong className="font-bold">Demo content.</strong> This story is fictional: its people, places and quotations were
      invented to show how onrecord works.
    </p>
  );
}
