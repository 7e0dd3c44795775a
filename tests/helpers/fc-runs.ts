// fast-check settings shared by the property and fuzz tests: a fixed seed so CI runs are reproducible;
// FC_SEED and FC_RUNS explore further (FC_SEED=random FC_RUNS=2000 npx vitest run tests/fuzz.test.ts).
import type { Parameters } from 'fast-check';

export function fcRuns<T>(numRuns: number): Parameters<T> {
  const seed = process.env.FC_SEED;
  return {
    numRuns: Number(process.env.FC_RUNS ?? numRuns),
    ...(seed === 'random' ? {} : { seed: Number(seed ?? 20250101) }),
  };
}
