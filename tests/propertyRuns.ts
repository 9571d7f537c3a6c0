/**
 * Budgets for property tests (fast-check). Each states its number of runs, and each `it` gets a
 * timeout sized for a loaded two-core machine rather than Vitest's 5 s default: the test fails on
 * a wrong answer, not because the machine was busy.
 */

/** Vitest timeout for a property test, ms. */
export const PROPERTY_TIMEOUT_MS = 60_000;
