/**
 * A local stand-in for SSB's API on 127.0.0.1 (port 0), for tests over real HTTP. It serves table metadata and
 * data from complete JSON-stat2 fixtures, cutting ("dicing") the requested selection out of them the way PxWeb v2
 * does (GET `valueCodes[Var]=…` or POST `{"selection": […]}`, `*` wildcard, eliminated variables summed), answers
 * like SSB on errors (the recorded error bodies and the HTML 404 for over-long URLs, when the shared recordings are
 * present), and lets a test inject faults per request. It counts every request.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
/** SSB's recorded responses: read at run time, never copied into the project. */
export const SHARED_PXWEB = resolve(REPO_ROOT, '../shared/data/fixtures/pxweb');
export const OWN_FIXTURES = resolve(REPO_ROOT, 'test/fixtures/ssb');
export const API_PATH = '/api/pxwebapi/v2';

export function readOwnFixture(name: string): any {
  return JSON.parse(readFileSync(resolve(OWN_FIXTURES, name), 'utf8'));
}

/** A shared recording's text, or undefined when ../shared/data is absent. */
export function readShared(relative: string): string | undefined {
  const path = resolve(SHARED_PXWEB, relative);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export interface RecordedRequest {
  method: string;
  path: string;
  url: string;
  body: string;
}

/** What a fault hook may answer instead of the normal response. */
export type Fault =
  | { status: number; headers?: Record<string, string>; body?: string }
  | { destroy: true }
  | { stall: true }
  | { delayMs: number };

export interface ReplayOptions {
  /** table id → complete JSON-stat2 dataset (data for every cell). */
  tables?: Record<string, any>;
  maxCells?: number;
  maxUrlLength?: number;
  /** Called before each response; return a Fault to replace or delay it. `n` counts requests from 1. */
  fault?: (req: RecordedRequest, n: number) => Fault | undefined;
  /** Extra fixed responses by path (without query). */
  routes?: Record<string, { status: number; contentType?: string; body: string; headers?: Record<string, string> }>;
}

export interface ReplayServer {
  url: string;
  baseUrl: string;
  requests: RecordedRequest[];
  options: ReplayOptions;
  close(): Promise<void>;
}

const SSB_ERROR = (title: string, status = 400) => JSON.stringify({ type: 'Parameter error', title, status });

function sendJson(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(body);
}

/** Reads the selection of a data request: variable → codes (and which were given at all). */
function readSelection(req: RecordedRequest): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (req.method === 'POST') {
    for (const s of JSON.parse(req.body).selection ?? []) out.set(s.variableCode, s.valueCodes.map(String));
    return out;
  }
  for (const [key, value] of new URL(req.url, 'http://x').searchParams) {
    const m = /^valuecodes\[(.+)\]$/i.exec(key);
    if (m) out.set(m[1], value.split(','));
  }
  return out;
}

/** Cuts a selection out of a complete dataset as PxWeb does; returns an SSB-style error body on bad selections. */
export function dice(full: any, selection: Map<string, string[]>, maxCells = Infinity): { status: number; body: string } {
  for (const v of selection.keys()) if (!full.id.includes(v)) return { status: 400, body: SSB_ERROR('Non-existent variable') };
  const kept: string[] = [];
  const codes: Record<string, string[]> = {};
  for (const id of full.id) {
    const all = Object.entries(full.dimension[id].category.index as Record<string, number>).sort((a, b) => a[1] - b[1]).map(([c]) => c);
    const wanted = selection.get(id);
    if (!wanted) {
      if (!full.dimension[id].extension?.elimination) {
        return { status: 400, body: readShared('kommunebarometer/06_error_manglende_mandatory.json') ?? SSB_ERROR('Missing selection for mandantory variable') };
      }
      codes[id] = all; // eliminated: summed below
      continue;
    }
    const picked = wanted.includes('*') ? all : wanted;
    if (picked.some((c) => !all.includes(c))) {
      return { status: 400, body: readShared('kommunebarometer/05_error_ugyldig_kommune_kode.json') ?? SSB_ERROR('Non-existent value') };
    }
    codes[id] = all.filter((c) => picked.includes(c)); // metadata order, as SSB answers
    kept.push(id);
  }
  const size = kept.map((id) => codes[id].length);
  const cellsOut = size.reduce((a, b) => a * b, 1);
  if (cellsOut > maxCells) return { status: 400, body: JSON.stringify({ type: 'Parameter error', title: 'Too many cells selected', detail: 'Too many cells selected', status: 400 }) };

  const strides = full.size.map((_: number, k: number) => full.size.slice(k + 1).reduce((a: number, b: number) => a * b, 1));
  const indexOf = (id: string, code: string) => full.dimension[id].category.index[code] as number;
  const value: (number | null)[] = [];
  const status: Record<string, string> = {};
  // every combination of the output, summing over eliminated variables
  const outPos = new Array(kept.length).fill(0);
  for (let o = 0; o < cellsOut; o++) {
    const fixed: Record<string, string> = {};
    kept.forEach((id, k) => (fixed[id] = codes[id][outPos[k]]));
    const summed = full.id.filter((id: string) => !kept.includes(id));
    let sum: number | null = 0;
    let mark: string | undefined;
    const sumPos = new Array(summed.length).fill(0);
    const combos = summed.reduce((n: number, id: string) => n * codes[id].length, 1);
    for (let s = 0; s < combos; s++) {
      let flat = 0;
      full.id.forEach((id: string, k: number) => {
        const code = id in fixed ? fixed[id] : codes[id][sumPos[summed.indexOf(id)]];
        flat += indexOf(id, code) * strides[k];
      });
      const v = full.value[flat];
      if (v === null || v === undefined) {
        sum = null;
        mark ??= full.status?.[flat];
      } else if (sum !== null) sum += v;
      for (let k = summed.length - 1; k >= 0; k--) {
        if (++sumPos[k] < codes[summed[k]].length) break;
        sumPos[k] = 0;
      }
    }
    value.push(sum);
    if (sum === null && mark) status[o] = mark;
    for (let k = kept.length - 1; k >= 0; k--) {
      if (++outPos[k] < size[k]) break;
      outPos[k] = 0;
    }
  }
  const dimension: Record<string, any> = {};
  for (const id of kept) {
    const d = full.dimension[id];
    dimension[id] = {
      ...d,
      category: {
        index: Object.fromEntries(codes[id].map((c, i) => [c, i])),
        label: Object.fromEntries(codes[id].map((c) => [c, d.category.label[c]])),
      },
    };
  }
  return { status: 200, body: JSON.stringify({ ...full, id: kept, size, dimension, value, status }) };
}

/** The metadata response of a table: every variable and code, no values. */
function metadataOf(full: any): string {
  const { value: _v, status: _s, ...rest } = full;
  return JSON.stringify({ ...rest, value: [] });
}

export async function startReplayServer(options: ReplayOptions = {}): Promise<ReplayServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const rec: RecordedRequest = { method: req.method ?? 'GET', url: req.url ?? '/', path: (req.url ?? '/').split('?')[0], body };
    requests.push(rec);
    const fault = options.fault?.(rec, requests.length);
    if (fault && 'destroy' in fault) return void req.socket.destroy();
    if (fault && 'stall' in fault) return; // never answers; the client must time out
    if (fault && 'delayMs' in fault) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault && 'status' in fault) {
      res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
      return void res.end(fault.body ?? '');
    }
    answer(rec, res);
  });

  function answer(rec: RecordedRequest, res: ServerResponse) {
    const fixed = options.routes?.[rec.path];
    if (fixed) {
      res.writeHead(fixed.status, { 'content-type': fixed.contentType ?? 'application/json', ...fixed.headers });
      return void res.end(fixed.body);
    }
    if (rec.url.length > (options.maxUrlLength ?? Infinity)) {
      // IIS rejects the URL before PxWeb sees it: an HTML 404 page.
      res.writeHead(404, { 'content-type': 'text/html' });
      return void res.end(readShared('kommunebarometer/03_singleBatch_404_truncated.html') ?? '<!DOCTYPE html><html><title>404 - File or directory not found.</title></html>');
    }
    const m = new RegExp(`^${API_PATH}/tables/([^/]+)(/metadata|/data)?$`).exec(rec.path);
    const full = m ? options.tables?.[decodeURIComponent(m[1])] : undefined;
    if (!m || !full) {
      return sendJson(res, 404, readShared('kommunebarometer/04_error_ugyldig_tabell_ID.json') ?? SSB_ERROR('Non-existent table', 404));
    }
    if (m[2] === '/metadata') return sendJson(res, 200, metadataOf(full));
    if (m[2] === '/data') {
      const out = dice(full, readSelection(rec), options.maxCells);
      return sendJson(res, out.status, out.body);
    }
    return sendJson(res, 200, JSON.stringify({ id: m[1], label: full.label, updated: full.updated, variableNames: full.id }));
  }

  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    baseUrl: `${url}${API_PATH}`,
    requests,
    options,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** Every own fixture, by table id. */
export function allOwnTables(): Record<string, any> {
  const ids = ['06913', '06944', '07984', '07459', '11618', '03321', '05940', '06265', '06035', '07091'];
  return Object.fromEntries(ids.map((id) => [id, readOwnFixture(`${id}.json`)]));
}
