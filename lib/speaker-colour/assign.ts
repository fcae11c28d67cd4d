import { SPEAKER_PALETTE_SIZE } from "./palette";

/**
 * A person's own palette slot, from their id alone: the same in every story,
 * on their page and from one build to the next (FNV-1a, a fixed 32-bit hash,
 * not anything that depends on the order people were added).
 */
export function homeSlot(personId: string, size = SPEAKER_PALETTE_SIZE): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < personId.length; i++) {
    hash ^= personId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % size;
}

/**
 * Slots for the speakers of one story, in order of first quote. Each keeps
 * their home slot unless someone earlier in the story holds it; then they take
 * the next free one, so two speakers in a story never share a colour while
 * the palette lasts. Beyond it, slots repeat (the name labels still tell
 * speakers apart).
 */
export function assignSlots(speakerIds: readonly string[], size = SPEAKER_PALETTE_SIZE): Map<string, number> {
  const out = new Map<string, number>();
  const taken = new Set<number>();
  for (const id of speakerIds) {
    if (out.has(id)) continue;
    const home = homeSlot(id, size);
    let slot = home;
    if (taken.size < size) {
      while (taken.has(slot)) slot = (slot + 1) % size;
    }
    taken.add(slot);
    out.set(id, slot);
  }
  return out;
}
