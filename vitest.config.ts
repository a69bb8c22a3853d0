import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: one on the 2-core CI machines. The
    // end-to-end files mostly wait on HTTP, child processes and databases, so two at once halve
    // the run (about 4.5 minutes instead of 8) without starving the timing checks.
    maxWorkers: 2,
  },
});
