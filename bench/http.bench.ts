/**
 * HTTP API benchmark: `regionmonitor serve` in a child process (as users run it), loaded by autocannon with 200
 * concurrent connections. Target: API p99 < 25 ms. Measures only; never passes or fails.
 * Run alone: node --import tsx bench/http.bench.ts
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRow } from './types.ts';

const REPO = new URL('../', import.meta.url).pathname;
const CONNECTIONS = 200;
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 8);

interface AutocannonResult {
  latency: { p50: number; p90: number; p99: number; average: number; max: number };
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
// autocannon ships no type declarations; require() keeps it untyped without a global declaration file.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** A `regionmonitor serve` child process on a free port over a temporary data folder. */
export interface ChildServer {
  url: string;
  /** Milliseconds from spawn until the server printed its address (snapshot load + warm-up included). */
  startMs: number;
  /** CPU seconds the server process has used so far (Linux /proc; NaN elsewhere). */
  cpuSeconds(): number;
  /** Sends SIGTERM and resolves with the milliseconds until the process has exited. */
  stop(): Promise<number>;
}

/** Starts `node bin/regionmonitor.mjs serve --port 0` and waits for its address. */
export async function startChildServer(): Promise<ChildServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'regionmonitor-bench-'));
  const t0 = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['bin/regionmonitor.mjs', '--data-dir', dataDir, 'serve', '--port', '0', '--quiet'], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /serving on (http:\/\/\S+?)\/?\s/.exec(output);
      if (m) resolve(m[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => reject(new Error(`regionmonitor serve exited with ${code} before serving:\n${output}`)));
  });
  const startMs = performance.now() - t0;
  return {
    url,
    startMs,
    cpuSeconds() {
      try {
        const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
      } catch {
        return Number.NaN;
      }
    },
    async stop() {
      const s = performance.now();
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
      return performance.now() - s;
    },
  };
}

async function load(url: string, paths: string[], seconds: number): Promise<AutocannonResult> {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    // Browsers ask for gzip; the server answers cached responses with precompressed bodies.
    headers: { 'accept-encoding': 'gzip' },
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
}

/**
 * The same mix under wrk (Debian package `wrk`), a C load generator: autocannon is JavaScript and on a 2-core
 * machine it takes most of a core, so its latencies partly measure itself. Skipped when wrk is not installed.
 */
function loadWithWrk(url: string, paths: string[], seconds: number): { p50: number; p99: number; rps: number } | undefined {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined; // wrk --version exits 1 even when present
  }
  const script = join(tmpdir(), `regionmonitor-wrk-${process.pid}.lua`);
  writeFileSync(
    script,
    `local paths = {${paths.map((p) => JSON.stringify(p)).join(', ')}}\nlocal i = 0\n` +
      `request = function()\n  i = i + 1\n  return wrk.format("GET", paths[(i % #paths) + 1], {["Accept-Encoding"] = "gzip"})\nend\n`,
  );
  const out = execFileSync('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${seconds}s`, '--latency', '-s', script, url], { encoding: 'utf8' });
  const ms = (label: string) => {
    const m = new RegExp(`${label}\\s+([\\d.]+)(us|ms|s)`).exec(out);
    if (!m) return Number.NaN;
    return Number(m[1]) * (m[2] === 'us' ? 0.001 : m[2] === 's' ? 1000 : 1);
  };
  return { p50: ms('50%'), p99: ms('99%'), rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]) };
}

/** Runs the HTTP benchmark and returns its figures. */
export async function benchHttp(): Promise<BenchRow[]> {
  const server = await startChildServer();
  const rows: BenchRow[] = [{ name: 'serve: start to listening (fresh data dir)', value: server.startMs, unit: 'ms' }];
  try {
    const meta = (await (await fetch(`${server.url}/api/meta`)).json()) as { latestYear: number };
    const y = meta.latestYear;
    const endpoints: Record<string, string> = {
      ranking: `/api/ranking?year=${y}`,
      profile: `/api/profile/1506?year=${y}`,
      values: `/api/values?year=${y}&indicator=employment_rate`,
      explain: `/api/explain/1506?year=${y}&indicator=employment_rate`,
      meta: '/api/meta',
    };
    // First (uncached) request of each: computed by the monitor, then kept for the process.
    for (const [name, path] of Object.entries(endpoints)) {
      const t = performance.now();
      const res = await fetch(server.url + path);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
      rows.push({ name: `first request ${name}`, value: performance.now() - t, unit: 'ms' });
    }
    // Warm-up load: opens the 200 sockets and lets V8 optimise the hot path before anything is measured.
    await load(server.url, Object.values(endpoints), 2);
    const cpu0 = server.cpuSeconds();
    const mixed = await load(server.url, Object.values(endpoints), SECONDS);
    const serverCpu = (100 * (server.cpuSeconds() - cpu0)) / SECONDS;
    rows.push(
      { name: `API mix, ${CONNECTIONS} connections: p50`, value: mixed.latency.p50, unit: 'ms' },
      { name: `API mix, ${CONNECTIONS} connections: p99`, value: mixed.latency.p99, unit: 'ms' },
      { name: `API mix, ${CONNECTIONS} connections: max`, value: mixed.latency.max, unit: 'ms' },
      { name: `API mix, ${CONNECTIONS} connections: throughput`, value: mixed.requests.average, unit: 'req/s' },
      { name: 'API mix: non-2xx + errors + timeouts', value: mixed.non2xx + mixed.errors + mixed.timeouts, unit: 'count' },
      // Below 100 % the server is not the bottleneck: the load generator (same machine) is.
      { name: 'API mix: server CPU use', value: serverCpu, unit: '% of a core' },
    );
    loadWithWrk(server.url, Object.values(endpoints), 2); // warm-up
    const wrk = loadWithWrk(server.url, Object.values(endpoints), SECONDS);
    if (wrk) {
      rows.push(
        { name: `API mix under wrk, ${CONNECTIONS} connections: p50`, value: wrk.p50, unit: 'ms' },
        { name: `API mix under wrk, ${CONNECTIONS} connections: p99 (target < 25 ms)`, value: wrk.p99, unit: 'ms' },
        { name: `API mix under wrk, ${CONNECTIONS} connections: throughput`, value: wrk.rps, unit: 'req/s' },
      );
    } else {
      rows.push({ name: 'API mix under wrk: not measured (apt-get install wrk)', value: Number.NaN, unit: '' });
    }
    for (const name of ['ranking', 'profile']) {
      const r = await load(server.url, [endpoints[name]], Math.max(3, Math.round(SECONDS / 2)));
      rows.push({ name: `${name}, ${CONNECTIONS} connections: p99`, value: r.latency.p99, unit: 'ms' });
    }
  } finally {
    rows.push({ name: 'serve: SIGTERM to exit', value: await server.stop(), unit: 'ms' });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchHttp().then((rows) => console.table(rows), (err) => { console.error(err); process.exitCode = 1; });
}
