import { readdirSync } from 'node:fs';
import path from 'node:path';
import { bin, FIXTURES, tempDir } from './helpers';

/** The scoring pool (src/cli/pool.ts), run through the built bin, which has the worker beside it. */

function withThreads<T>(threads: string, run: () => Promise<T>): Promise<T> {
  const before = process.env.BANZHUREN_THREADS;
  process.env.BANZHUREN_THREADS = threads;
  return run().finally(() => {
    if (before === undefined) delete process.env.BANZHUREN_THREADS;
    else process.env.BANZHUREN_THREADS = before;
  });
}

const files = ['random', 'fuzz'].flatMap((folder) =>
  readdirSync(path.join(FIXTURES, folder))
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => `${folder}/${f}`),
);

describe('score and batch over many files in a worker pool', () => {
  it('score gives exactly what one thread gives, in the order the files were named', async () => {
    const named = [...files].reverse(); // not the folder's order
    const pooled = await withThreads('2', () => bin(['score', ...named, '--json'], FIXTURES));
    const alone = await withThreads('1', () => bin(['score', ...named, '--json'], FIXTURES));
    expect(pooled.stderr).toBe(alone.stderr);
    expect(pooled.code).toBe(alone.code);
    expect(pooled.stdout).toBe(alone.stdout);
    const report = JSON.parse(pooled.stdout) as { workbooks: { file: string }[] };
    expect(report.workbooks.map((w) => w.file)).toEqual(named);
  });

  it('batch reports the same cohort with a pool as without', async () => {
    const { dir, remove } = tempDir();
    try {
      const pooled = await withThreads('2', () =>
        bin(['batch', path.join(FIXTURES, 'random'), '-o', path.join(dir, 'a.xlsx')], dir),
      );
      const alone = await withThreads('1', () =>
        bin(['batch', path.join(FIXTURES, 'random'), '-o', path.join(dir, 'b.xlsx')], dir),
      );
      expect(pooled.code).toBe(alone.code);
      expect(pooled.stderr).toBe(alone.stderr);
      expect(pooled.stdout.replace('a.xlsx', 'b.xlsx')).toBe(alone.stdout);
    } finally {
      remove();
    }
  });
});
