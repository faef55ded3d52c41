import { describe, expect, it } from 'vitest';
import { Loader } from '../../src/app/loader.svelte';

/** A promise settled from outside, so a test decides the order in which answers come. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('Loader: the newest request wins', () => {
  it('keeps the newest answer when an older one comes after it', async () => {
    const loader = new Loader<string, number>();
    const slow = deferred<number>();
    const fast = deferred<number>();
    const first = loader.run('old filter', () => slow.promise);
    const second = loader.run('new filter', () => fast.promise);
    expect(loader.busy).toBe(true);
    fast.resolve(2);
    expect(await second).toBe(2);
    expect(loader.value).toBe(2);
    expect(loader.request).toBe('new filter');
    expect(loader.busy).toBe(false);
    slow.resolve(1);
    expect(await first).toBeUndefined();
    expect(loader.value).toBe(2);
    expect(loader.request).toBe('new filter');
  });

  it('keeps the old value on screen while a new request runs', async () => {
    const loader = new Loader<string, number>();
    await loader.run('a', () => Promise.resolve(1));
    const next = deferred<number>();
    const running = loader.run('b', () => next.promise);
    expect(loader.value).toBe(1);
    expect(loader.request).toBe('a');
    expect(loader.busy).toBe(true);
    next.resolve(2);
    await running;
    expect(loader.request).toBe('b');
  });

  it('lands an answer given at once without a busy moment', () => {
    const loader = new Loader<string, number>();
    void loader.run('precomputed', () => 7);
    expect(loader.value).toBe(7);
    expect(loader.busy).toBe(false);
  });
});

describe('Loader: errors', () => {
  it('shows the error of the newest request, and clears it on the next success', async () => {
    const loader = new Loader<string, number>();
    await loader.run('a', () => Promise.resolve(1));
    await loader.run('b', () => Promise.reject(new Error('DuckDB said no')));
    expect(loader.error?.message).toBe('DuckDB said no');
    expect(loader.busy).toBe(false);
    // The last good value stays, for its own request.
    expect(loader.value).toBe(1);
    expect(loader.request).toBe('a');
    await loader.run('c', () => Promise.resolve(3));
    expect(loader.error).toBeNull();
    expect(loader.value).toBe(3);
  });

  it('ignores the error of a request that is no longer the newest', async () => {
    const loader = new Loader<string, number>();
    const old = deferred<number>();
    const first = loader.run('old', () => old.promise);
    await loader.run('new', () => Promise.resolve(2));
    old.reject(new Error('too late'));
    expect(await first).toBeUndefined();
    expect(loader.error).toBeNull();
    expect(loader.value).toBe(2);
  });

  it('catches a load that throws at once, and a thrown non-Error', async () => {
    const loader = new Loader<string, number>();
    await loader.run('a', () => {
      throw new Error('bad state');
    });
    expect(loader.error?.message).toBe('bad state');
    await loader.run('b', () => Promise.reject('plain text'));
    expect(loader.error).toBeInstanceOf(Error);
    expect(loader.error?.message).toBe('plain text');
  });

  it('reset lets no running request land', async () => {
    const loader = new Loader<string, number>();
    const running = deferred<number>();
    const result = loader.run('file A', () => running.promise);
    loader.reset();
    running.resolve(1);
    expect(await result).toBeUndefined();
    expect(loader.value).toBeNull();
    expect(loader.busy).toBe(false);
  });
});
