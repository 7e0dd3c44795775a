import { defineConfig } from 'vitest/config';

// The site tests share one build (tests/setup/build-site.ts); in their own project, so a run of
// library tests alone does not build the site.
const SITE_TESTS = [
  'tests/site-build.test.ts',
  'tests/e2e.test.ts',
  'tests/site-pages.test.ts',
  'tests/e2e-pages.test.ts',
  'tests/e2e-reader.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: SITE_TESTS } },
      // One file at a time: two browsers starting at once on a busy 2-core machine miss their hook timeouts.
      {
        extends: true,
        test: {
          name: 'site',
          include: SITE_TESTS,
          globalSetup: ['tests/setup/build-site.ts'],
          fileParallelism: false,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
