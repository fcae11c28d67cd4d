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

export const DEFAULT_OPTIONS: BenchOptions = { sizes: [100, 1000, 10_000], duration: 4, connections: 32, out: "bench/results/results.json", previewOnly: false, servingOnly: false };

export const USAGE = `usage: npm run bench [-- --sizes 100,1000,10000] [--duration 4] [--connections 32] [--out bench/results/results.json] [--preview-only | --serving-only]`;

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...DEFAULT_OPTIONS, sizes: [...DEFAULT_OPTIONS.sizes] };
  let outGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith("--")) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    switch (flag) {
      case "--sizes": {
        const raw = value();
        const sizes = raw.split(",").map((s) => s.trim().replace(/_/g, ""));
        if (sizes.some((s) => !/^[1-9][0-9]*$/.test(s))) throw new Error(`--sizes must be whole numbers separated by commas, got "${raw}"`);
        const numbers = [...new Set(sizes.map(Number))].sort((a, b) => a - b);
        if (numbers.some((n) => n < 2 || n > 100_000)) throw new Error(`--sizes must be between 2 and 100000 articles, got "${raw}"`);
        options.sizes = numbers;
        break;
      }
      case "--duration": {
        const n = Number(value());
        if (!Number.isFinite(n) || n < 1 || n > 60) throw new Error(`--duration must be 1 to 60 seconds`);
        options.duration = n;
        break;
      }
      case "--connections": {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1 || n > 100) throw new Error(`--connections must be a whole number from 1 to 100`);
        options.connections = n;
        break;
      }
      case "--out":
        options.out = value();
        outGiven = true;
        break;
      case "--preview-only":
        options.previewOnly = true;
        break;
      case "--serving-only":
        options.servingOnly = true;
        break;
      case "--help":
      case "-h":
        throw new Error(USAGE);
      default:
        throw new Error(`unknown option "${arg}"\n${USAGE}`);
    }
  }
  if (options.previewOnly && options.servingOnly) throw new Error(`--preview-only and --serving-only exclude each other\n${USAGE}`);
  // A partial run must not overwrite the full results.
  if (options.previewOnly && !outGiven) options.out = "bench/results/preview.json";
  if (options.servingOnly && !outGiven) options.out = "bench/results/serving.json";
  return options;
}
