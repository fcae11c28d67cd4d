import { defineConfig } from "vitest/config";

export default defineConfig({
  // "server-only" throws outside React's server environment; tests run server code in plain Node.
  resolve: { alias: { "@": import.meta.dirname, "server-only": `${import.meta.dirname}/node_modules/server-only/empty.js` } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts", "ingest-corpus/**/*.test.ts"],
    environment: "node",
  },
});
