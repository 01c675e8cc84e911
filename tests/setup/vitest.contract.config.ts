// The contract suite on its own, with the Prism globalSetup:
//   npx vitest run --config tests/setup/vitest.contract.config.ts tests/contract
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/contract/**/*.test.ts'],
    globalSetup: ['tests/setup/prism.ts'],
    testTimeout: 20_000,
  },
});
