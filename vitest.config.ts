import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects: every test on SQLite (the default database), and the domain suite (lib/, where
// createTestDb is used) again on PostgreSQL, against a server started once for the run.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    pool: "forks",
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts", "messages/**/*.test.ts", "content/**/*.test.ts", "components/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: ["lib/**/*.test.ts", "prisma/**/*.postgres.test.ts"],
          env: { TEST_DATABASE: "postgres" },
          globalSetup: ["lib/testing/postgres-global-setup.ts"],
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
