import { describe, expect, it } from 'vitest';
import { afterFrame } from '../../src/timeline/afterFrame';

/** Lets a few rounds of tasks run. */
async function tasks(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    await new Promise<void>((resolve) => afterFrame(resolve));
  }
}

describe('afterFrame', () => {
  it('runs the callback in a later task, not during the call or its microtasks', async () => {
    let ran = false;
    const done = new Promise<void>((resolve) => afterFrame(() => { ran = true; resolve(); }));
    expect(ran).toBe(false);
    await Promise.resolve();
    await Promise.resolve();
    expect(ran).toBe(false);
    await done;
    expect(ran).toBe(true);
  });

  it('runs each callback once', async () => {
    const runs = [0, 0];
    await Promise.all(runs.map((_, i) => new Promise<void>((resolve) => afterFrame(() => { runs[i]! += 1; resolve(); }))));
    await tasks();
    expect(runs).toEqual([1, 1]);
  });

  it('runs callbacks in the order they were queued, a cancelled one skipped', async () => {
    const order: number[] = [];
    const cancel = [1, 2, 3].map((n) => afterFrame(() => order.push(n)));
    cancel[1]!();
    await tasks();
    expect(order).toEqual([1, 3]);
  });

  it('never runs a cancelled callback', async () => {
    let ran = false;
    const cancel = afterFrame(() => { ran = true; });
    cancel();
    await tasks();
    expect(ran).toBe(false);
  });
});
