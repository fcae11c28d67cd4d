/** What the issue says the seed article holds: the e2e tests check the page against this. */
export const SEED_PATH = "/articles/nato-allies-combat-russian-hybrid-attacks";

export const SEED_SPEAKERS = [
  { id: "jens-stoltenberg", name: "Jens Stoltenberg", role: "NATO Secretary-General", quotes: 3 },
  { id: "nato", name: "NATO", role: "Alliance of 32 member states", quotes: 3 },
  { id: "volodymyr-zelensky", name: "Volodymyr Zelensky", role: "President of Ukraine", quotes: 1 },
] as const;

export const SEED_QUOTE_COUNT = 7;
