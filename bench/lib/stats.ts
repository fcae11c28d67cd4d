/** Small arithmetic for the bench, kept apart so it is tested. */

/** The peak of a series of samples (0 for none). */
export function peak(samples: Iterable<number>): number {
  let max = 0;
  for (const s of samples) if (s > max) max = s;
  return max;
}

export const KB = 1024;
export const MB = 1024 * 1024;

export function formatBytes(n: number): string {
  if (n >= 1024 * MB) return `${(n / (1024 * MB)).toFixed(2)} GB`;
  if (n >= MB) return `${(n / MB).toFixed(0)} MB`;
  return `${(n / KB).toFixed(1)} KB`;
}

export function formatMs(ms: number): string {
  if (ms >= 59_500) {
    // Round to whole seconds first, so 539.6 s reads "9 min 0 s", not "8 min 60 s".
    const s = Math.round(ms / 1000);
    return `${Math.floor(s / 60)} min ${s % 60} s`;
  }
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  return `${ms.toFixed(2)} ms`;
}

/** The p-th percentile (0–100) of samples, nearest-rank: a value that was actually observed. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new RangeError("percentile of no samples");
  if (p < 0 || p > 100) throw new RangeError(`percentile must be 0–100, got ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/**
 * The order routes take turns in, round by round: each round starts one
 * route later than the last (A B C, B C A, C A B, …), so no route is always
 * the one measured after the same other, and a drift of the host's speed is
 * shared out over all of them.
 */
export function rotatedTurns<T>(routes: readonly T[], rounds: number): T[][] {
  return Array.from({ length: rounds }, (_, r) => routes.map((_, i) => routes[(i + r) % routes.length]!));
}
