import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, utimes, writeFile, mkdir, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { installErrorHandler } from './error-handler.ts';
import { staticFiles } from './static-files.ts';
import { DEFAULT_WEB_DIRS, ensureWebBuild, isWebBuildFresh } from './web-build.ts';

let dir: string;
let srcDir: string;
let distDir: string;
let app: FastifyInstance;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'regionmonitor-web-'));
  srcDir = join(dir, 'src');
  distDir = join(dir, 'dist');
  // A copy of the real sources, so touching them does not disturb the repository's own build.
  await cp(DEFAULT_WEB_DIRS.srcDir, srcDir, { recursive: true });
});
after(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('web build', () => {
  test('should build when missing, skip when fresh and rebuild when a source is newer', async () => {
    assert.equal(await isWebBuildFresh(srcDir, distDir), false);
    const first = await ensureWebBuild({ srcDir, distDir });
    assert.equal(first.built, true);
    assert.match(first.assets[0], /^\/assets\/main-[A-Z0-9]+\.js$/);
    assert.equal((await ensureWebBuild({ srcDir, distDir })).built, false);
    const future = new Date(Date.now() + 5000);
    await utimes(join(srcDir, 'main.ts'), future, future);
    assert.equal((await ensureWebBuild({ srcDir, distDir })).built, true);
  });
  test('should drop bundles of earlier builds', async () => {
    await writeFile(join(distDir, 'assets', 'main-OLD.js'), '');
    await ensureWebBuild({ srcDir, distDir, force: true });
    assert.ok(!(await readdir(join(distDir, 'assets'))).includes('main-OLD.js'));
  });
});

describe('static files', () => {
  before(async () => {
    await ensureWebBuild({ srcDir, distDir });
    app = Fastify();
    installErrorHandler(app);
    await app.register(staticFiles, { distDir });
  });

  test('should serve the page, revalidated, with a content security policy', async () => {
    const res = await app.inject('/');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /text\/html/);
    assert.equal(res.headers['cache-control'], 'no-cache');
    assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
    assert.match(res.body, /<script type="module" src="\/assets\/main-/);
    assert.match(res.body, /Statistisk sentralbyrå \(SSB\)[\s\S]*Kartverket/);
    assert.equal((await app.inject({ url: '/', headers: { 'if-none-match': String(res.headers.etag) } })).statusCode, 304);
  });
  test('should serve hashed bundles as immutable and gzipped', async () => {
    const js = /src="(\/assets\/main-[^"]+\.js)"/.exec((await app.inject('/')).body)![1];
    const res = await app.inject({ url: js, headers: { 'accept-encoding': 'gzip' } });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /javascript/);
    assert.match(String(res.headers['cache-control']), /immutable/);
    assert.equal(res.headers['content-encoding'], 'gzip');
  });
  test('should answer 404 for unknown files and paths outside the build', async () => {
    assert.equal((await app.inject('/assets/nope.js')).statusCode, 404);
    assert.equal((await app.inject('/assets/..%2F..%2Fpackage.json')).statusCode, 404);
    assert.equal((await app.inject('/assets/../index.html')).statusCode, 200); // normalised by the router to /index.html
  });
  test('should explain a missing build with 503', async () => {
    const empty = join(dir, 'empty');
    await mkdir(empty);
    const bare = Fastify();
    installErrorHandler(bare);
    await bare.register(staticFiles, { distDir: empty });
    const res = await bare.inject('/');
    assert.equal(res.statusCode, 503);
    assert.match(res.json().message, /not built/);
    await bare.close();
  });
});
