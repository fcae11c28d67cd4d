export function SkipLink() {
  return (
    <a
      href="#main"
      className="no-print sr-only z-50 rounded bg-surface px-4 py-3 font-semibold text-fg focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
    >
      Skip to content
    </a>
  );
}
