import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['./tests/setup/prism.ts'],
    testTimeout: 20_000,
    // Hooks start servers and whole contract runs (the model phase's beforeAll): on a loaded 2-core
    // machine one took over vitest's default 10 s.
    hookTimeout: 60_000,
    // vitest's default on 2 cores is a single worker; many files here wait on child processes,
    // servers, timeouts and a browser, so three workers keep both cores busy (measured on 2 cores,
    // 2026-12-06: 2 workers 325 s, 3 workers 258 s, 4 workers 266 s).
    maxWorkers: 3,
  },
});
