import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Next's marker package throws outside React Server Components; domain modules are tested directly.
  "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          // Client components in a simulated browser; the network boundary (lib/http/client.ts) is stubbed.
          name: "components",
          include: ["components/**/*.test.tsx", "app/**/*.test.tsx"],
          environment: "jsdom",
          setupFiles: ["components/testing/setup.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["lib/**/*.int.test.ts", "scripts/**/*.int.test.ts"],
          environment: "node",
          // Tests share one database; each creates its own workspace, so files may run in parallel.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          setupFiles: ["lib/testing/integration-setup.ts"],
        },
      },
    ],
  },
});
