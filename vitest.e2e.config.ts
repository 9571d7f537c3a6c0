import { defineConfig } from 'vitest/config';
import { aliases } from './scripts/aliases';

// Browser tests against the built site in dist/ (npm run test:e2e builds it first).
// Files run one at a time: each drives its own Chromium, and CI has two cores.
export default defineConfig({
  resolve: { alias: aliases },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'test-results/e2e.json' }]],
  },
});
