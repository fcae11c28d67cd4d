/** Demo articles are fictional; a reader must never mistake them for reporting. */
export function DemoBadge() {
  return (
    <span className="demo-badge">
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
