/**
 * What the speaker key measured of itself with every row and the "N more"
 * button shown, in pixels from the key's top edge.
 */
export interface KeyMeasure {
  /** Bottom of each row, in order. */
  rowBottoms: readonly number[];
  /** The whole key: heading, rows, "N more", "Everyone", padding. */
  height: number;
  /** The "N more" button's height (gone when every row fits). */
  button: number;
  /** The height the key may take without leaving the screen. */
  room: number;
}

/**
 * How many rows the speaker key shows before "N more": every row when they
 * all fit without the button, else the most that fit with it, and at least
 * one (a screen too short even for that gets a key that scrolls with the
 * page: see SpeakerKeyFold.client.tsx).
 */
export function fitRows({ rowBottoms, height, button, room }: KeyMeasure): number {
  const n = rowBottoms.length;
  if (n === 0) return 0;
  const last = rowBottoms[n - 1]!;
  // Everything below the last row (the button, "Everyone", padding), and the button alone.
  const below = height - last;
  if (height - button <= room) return n;
  for (let k = n - 1; k >= 1; k--) {
    if (rowBottoms[k - 1]! + below <= room) return k;
  }
  return 1;
}

/**
 * Whether row `i` of `count` is shown when the key is folded to `shown` rows.
 * The row of the speaker the reader has chosen (`pinned`, its index) stays in
 * view: folding the key after choosing someone from under "N more" must not
 * hide them. It takes the last place, so the key keeps the height it was
 * measured to fit in.
 */
export function rowShown(i: number, shown: number, pinned: number | undefined): boolean {
  if (pinned === undefined || pinned < shown || shown < 1) return i < shown;
  return i < shown - 1 || i === pinned;
}
