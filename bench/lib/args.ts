import { parseArgs } from "node:util";

/** `npm run bench -- --sizes 100,1000 --duration 5`: the options, checked. */

export interface BenchOptions {
  sizes: number[];
  /** Seconds of each timed load turn (bench/run/measure.ts LOAD.rounds per route and size); a preview's total time per size. */
  duration: number;
  /** Concurrent connections for the load tool's throughput turns (the tail test has its own). */
  connections: number;
  out: string;
  /** Only the preview measurement, on the existing `.next` build: no builds, minutes instead of a quarter of an hour. */
  previewOnly: boolean;
  /** Only the serving comparison, on the existing `.next` build of the real content: a few minutes, no builds. */
  servingOnly: boolean;
}

export const DEFAULT_OPTIONS: BenchOptions = { sizes: [1000, 10_000, 100_000], duration: 4, connections: 32, out: "bench/results/results.json", previewOnly: false, servingOnly: false };

export const USAGE = `usage: npm run bench [-- --sizes 1000,10000,100000] [--duration 4] [--connections 32] [--out bench/results/results.json] [--preview-only | --serving-only]`;

/** parseArgs's own errors, in this tool's words. */
function readArgv(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        sizes: { type: "string" },
        duration: { type: "string" },
        connections: { type: "string" },
        out: { type: "string" },
        "preview-only": { type: "boolean" },
        "serving-only": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const flag = /'(-{1,2}[\w-]+)/.exec(String((error as Error).message))?.[1] ?? "an option";
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new Error(`${flag} needs a value\n${USAGE}`);
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new Error(`unknown option "${flag}"\n${USAGE}`);
    throw new Error(`${(error as Error).message}\n${USAGE}`);
  }
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const values = readArgv(argv);
  if (values.help) throw new Error(USAGE);
  const options: BenchOptions = { ...DEFAULT_OPTIONS, sizes: [...DEFAULT_OPTIONS.sizes] };
  if (values.sizes !== undefined) {
    const raw = values.sizes;
    const sizes = raw.split(",").map((s) => s.trim().replace(/_/g, ""));
    if (sizes.some((s) => !/^[1-9][0-9]*$/.test(s))) throw new Error(`--sizes must be whole numbers separated by commas, got "${raw}"`);
    const numbers = [...new Set(sizes.map(Number))].sort((a, b) => a - b);
    if (numbers.some((n) => n < 2 || n > 100_000)) throw new Error(`--sizes must be between 2 and 100000 articles, got "${raw}"`);
    options.sizes = numbers;
  }
  if (values.duration !== undefined) {
    const n = Number(values.duration);
    if (!Number.isFinite(n) || n < 1 || n > 60) throw new Error(`--duration must be 1 to 60 seconds`);
    options.duration = n;
  }
  if (values.connections !== undefined) {
    const n = Number(values.connections);
    if (!Number.isInteger(n) || n < 1 || n > 100) throw new Error(`--connections must be a whole number from 1 to 100`);
    options.connections = n;
  }
  options.previewOnly = values["preview-only"] ?? false;
  options.servingOnly = values["serving-only"] ?? false;
  if (options.previewOnly && options.servingOnly) throw new Error(`--preview-only and --serving-only exclude each other\n${USAGE}`);
  // A partial run must not overwrite the full results.
  if (values.out !== undefined) options.out = values.out;
  else if (options.previewOnly) options.out = "bench/results/preview.json";
  else if (options.servingOnly) options.out = "bench/results/serving.json";
  return options;
}
