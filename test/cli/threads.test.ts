import { truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadsFor } from '../../src/cli/pool';
import { tempDir } from './helpers';

/** How many threads score `count` files of `size` bytes each on a machine with `cores` cores. */
function threads(cores: number, count: number, size: number): number {
  const { dir, remove } = tempDir();
  const cpus = jest.spyOn(os, 'availableParallelism').mockReturnValue(cores);
  const before = process.env.BANZHUREN_THREADS;
  delete process.env.BANZHUREN_THREADS;
  try {
    const jobs = Array.from({ length: count }, (_, i) => {
      const absolute = path.join(dir, `${i}.xlsx`);
      writeFileSync(absolute, '');
      truncateSync(absolute, size);
      return { file: `${i}.xlsx`, absolute };
    });
    return threadsFor(jobs);
  } finally {
    if (before !== undefined) process.env.BANZHUREN_THREADS = before;
    cpus.mockRestore();
    remove();
  }
}

const MB = 1024 * 1024;

describe('threads for scoring many files', () => {
  it('are one for a few files, and one on a single core', () => {
    expect(threads(8, 7, MB)).toBe(1);
    expect(threads(1, 100, MB)).toBe(1);
  });

  it('on two cores, are two only once the files add up to 16 MB', () => {
    expect(threads(2, 500, 30_000)).toBe(1);
    expect(threads(2, 200, 100_000)).toBe(2);
  });

  it('are every core on more', () => {
    expect(threads(4, 500, 30_000)).toBe(4);
    expect(threads(8, 20, 10)).toBe(8);
  });
});
