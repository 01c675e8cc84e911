// The vitest config of `npm run mutation:stryker`: only the contract run against the in-process server.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/mutation/stryker/contract.stryker.ts'],
    testTimeout: 60_000,
    isolate: false,
    pool: 'threads',
  },
});
