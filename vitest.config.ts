import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['./tests/setup/prism.ts'],
    testTimeout: 20_000,
    // vitest's default on 2 cores is a single worker; many files here wait on child processes,
    // servers and a browser, so a second worker keeps both cores busy.
    maxWorkers: 2,
  },
});
