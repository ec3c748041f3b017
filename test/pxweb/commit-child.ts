/**
 * Child process for the kill test: commits a large synthetic table into a store and reports its progress on
 * stdout ("rows <n>"), so the parent can SIGKILL it in the middle of `Store.commitVintage`.
 * Usage: node --import tsx test/pxweb/commit-child.ts <db path> <rows>
 */
import { Store } from '../../src/store/store.ts';
import type { RawRow } from '../../src/types.ts';

async function main(): Promise<void> {
  const [path, count] = process.argv.slice(2);
  const n = Number(count);
  const rows: RawRow[] = new Array(n);
  for (let i = 0; i < n; i++) rows[i] = { region: String(1000 + (i % 900)), year: 1900 + Math.floor(i / 900), variable: 'big_var', value: i };
  const store = await Store.open(path);
  process.stdout.write('committing\n');
  await store.commitVintage({ source: 'test', table: 'big', query: 'synthetic', rows }, { onRows: (done) => process.stdout.write(`rows ${done}\n`) });
  store.close();
  process.stdout.write('committed\n');
}

main().catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n`);
  process.exitCode = 1;
});
