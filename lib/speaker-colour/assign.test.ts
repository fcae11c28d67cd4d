import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assignSlots, homeSlot } from "./assign";

describe("homeSlot", () => {
  it("is fixed by the id: the same value every time, whatever else exists", () => {
    // Pinned: a change to the hash would recolour every speaker on the site.
    expect(homeSlot("jens-stoltenberg")).toBe(3);
    expect(homeSlot("nato")).toBe(5);
    expect(homeSlot("volodymyr-zelensky")).toBe(4);
    expect(homeSlot("nato", 4)).toBe(homeSlot("nato", 12) % 4);
  });

  it("spreads ids over the whole palette", () => {
    const slots = new Set(Array.from({ length: 200 }, (_, i) => homeSlot(`person-${i}`)));
    expect(slots.size).toBe(6);
  });
});

describe("assignSlots", () => {
  const collide = (): [string, string] => {
    for (let i = 0; ; i++) for (let j = i + 1; j < i + 50; j++) if (homeSlot(`p${i}`) === homeSlot(`p${j}`)) return [`p${i}`, `p${j}`];
  };

  it("gives each speaker their home slot when nobody else in the story holds it", () => {
    const ids = ["a", "b"].filter((id, i, all) => all.findIndex((o) => homeSlot(o) === homeSlot(id)) === i);
    const slots = assignSlots(ids);
    for (const id of ids) expect(slots.get(id)).toBe(homeSlot(id));
  });

  it("resolves a collision within a story: the earlier speaker keeps it, the later takes the next free slot", () => {
    const [first, second] = collide();
    const slots = assignSlots([first, second]);
    expect(slots.get(first)).toBe(homeSlot(first));
    expect(slots.get(second)).toBe((homeSlot(first) + 1) % 6);
  });

  it("never repeats a slot within the palette's size, and repeats only beyond it", () => {
    const ids = Array.from({ length: 6 }, (_, i) => `speaker-${i}`);
    expect(new Set(assignSlots(ids).values()).size).toBe(6);
    const many = Array.from({ length: 9 }, (_, i) => `speaker-${i}`);
    const slots = assignSlots(many);
    expect(slots.size).toBe(9);
    expect(new Set([...slots.values()].slice(0, 6)).size).toBe(6);
  });

  it("is the same for the same story, run after run", () => {
    const ids = readdirSync("content/people").map((f) => f.replace(/\.json$/, ""));
    expect([...assignSlots(ids)]).toEqual([...assignSlots([...ids])]);
  });
});
