/**
 * Shortens text at a word boundary and marks the cut with an ellipsis.
 * Text already short enough comes back unchanged.
 */
export function excerpt(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  // One character is kept for the ellipsis; a space just past the cut means the cut already ends a word.
  const cut = clean.slice(0, max - 1);
  if (clean[max - 1] === " ") return `${cut.replace(/[\s,;:.!?—–-]+$/u, "")}…`;
  const lastSpace = cut.lastIndexOf(" ");
  const base = lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${base.replace(/[\s,;:.!?—–-]+$/u, "")}…`;
}

/** "1 quote", "3 quotes" */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}
