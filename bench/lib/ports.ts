/** The loopback ports the tools may listen on: ONRECORD_PORTS ("3200-3299") or 3410–3490. */
export interface PortRange {
  from: number;
  to: number;
}

export const DEFAULT_PORTS: PortRange = { from: 3410, to: 3490 };

export function portRange(env: Readonly<Record<string, string | undefined>> = process.env): PortRange {
  const raw = env.ONRECORD_PORTS?.trim();
  if (!raw) return DEFAULT_PORTS;
  const m = /^(\d+)\s*-\s*(\d+)$/.exec(raw);
  const from = Number(m?.[1]);
  const to = Number(m?.[2]);
  if (!m || from < 1024 || to > 65535 || from > to) throw new Error(`ONRECORD_PORTS must be a range such as 3200-3299, got "${raw}"`);
  return { from, to };
}
