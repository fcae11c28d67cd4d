import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts", "ingest-corpus/**/*.test.ts"],
    environment: "node",
  },
});
