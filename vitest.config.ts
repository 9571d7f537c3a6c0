import { defineConfig } from 'vitest/config';
import { preactAlias } from './scripts/preactAlias';

export default defineConfig({
  resolve: { alias: preactAlias },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
