import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Whether a secret sent by a client (a preview link, a publish request) is
 * the server's, compared in constant time. Both sides are hashed first so the
 * comparison takes the same time whatever the lengths, and the length is not
 * leaked. No secret configured (or an empty one) matches nothing.
 */
export function secretMatches(given: string | null, expected: string | undefined): boolean {
  if (!expected || given === null) return false;
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}
