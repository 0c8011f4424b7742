import { defineConfig } from 'vitest/config';

/** Long stress runs (crash loops, start races, big imports): `npm run test:stress`, not part of `npm test`. */
export default defineConfig({
  test: {
    include: ['tests/stress/**/*.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
