/**
 * Builds the dashboard (web/src/main.ts → web/dist) with esbuild, in-process, when the build is missing or older
 * than its sources — so `npm ci && npm start` works on a fresh clone without a separate build step.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { build } from 'esbuild';

export interface WebBuildOptions {
  /** The web app's sources (holds main.ts, index.html). */
  srcDir: string;
  /** Where the built app goes (index.html + assets/). */
  distDir: string;
  /** Build even when the output is up to date. */
  force?: boolean;
  /** Minify the bundles (default true). */
  minify?: boolean;
}

export interface WebBuildResult {
  built: boolean;
  ms: number;
  /** URL paths of the entry bundles, e.g. `/assets/main-X2A.js`. */
  assets: string[];
}

/** The folder this module's web app lives in, resolved from the repository layout. */
export const DEFAULT_WEB_DIRS = {
  srcDir: new URL('../../web/src/', import.meta.url).pathname,
  distDir: new URL('../../web/dist/', import.meta.url).pathname,
};

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const parent = e.parentPath ?? (e as unknown as { path: string }).path;
    newest = Math.max(newest, (await stat(join(parent, e.name))).mtimeMs);
  }
  return newest;
}

/** True when dist/index.html exists and is newer than every file under srcDir (and than this builder). */
export async function isWebBuildFresh(srcDir: string, distDir: string): Promise<boolean> {
  try {
    const built = (await stat(join(distDir, 'index.html'))).mtimeMs;
    const builder = (await stat(new URL(import.meta.url).pathname)).mtimeMs;
    return built >= (await newestMtime(srcDir)) && built >= builder;
  } catch {
    return false;
  }
}

/**
 * Bundles web/src/main.ts (code-split ES modules, content-hashed names) into distDir/assets and writes
 * distDir/index.html from srcDir/index.html, replacing `<!-- assets -->` with the stylesheet and script tags.
 *
 * @example await ensureWebBuild(DEFAULT_WEB_DIRS) // { built: true, ms: 180, assets: [...] }
 */
export async function ensureWebBuild({ srcDir, distDir, force = false, minify = true }: WebBuildOptions): Promise<WebBuildResult> {
  const t0 = performance.now();
  if (!force && (await isWebBuildFresh(srcDir, distDir))) return { built: false, ms: performance.now() - t0, assets: [] };

  const assetsDir = join(distDir, 'assets');
  await mkdir(assetsDir, { recursive: true });
  const result = await build({
    entryPoints: [join(srcDir, 'main.ts')],
    outdir: assetsDir,
    bundle: true,
    splitting: true, // charts (Observable Plot) load only when a page draws one, keeping the first map fast
    format: 'esm',
    target: ['es2022', 'chrome110', 'firefox110', 'safari16'],
    minify,
    sourcemap: 'linked',
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    logLevel: 'silent',
    // Resolve packages from the repository even when the sources are elsewhere (tests build a copy).
    nodePaths: [new URL('../../node_modules/', import.meta.url).pathname],
    legalComments: 'linked',
  });

  const outputs = Object.entries(result.metafile.outputs);
  const url = (file: string) => '/' + relative(distDir, file).split('\\').join('/');
  const entryJs = outputs.find(([, o]) => o.entryPoint && basename(o.entryPoint) === 'main.ts')?.[0];
  if (!entryJs) throw new Error('web build: esbuild produced no bundle for main.ts');
  const css = outputs.filter(([f]) => f.endsWith('.css')).map(([f]) => f);
  const tags = [
    ...css.map((f) => `<link rel="stylesheet" href="${url(f)}">`),
    `<script type="module" src="${url(entryJs)}"></script>`,
  ].join('\n    ');

  const template = await readFile(join(srcDir, 'index.html'), 'utf8');
  if (!template.includes('<!-- assets -->')) throw new Error(`web build: ${join(srcDir, 'index.html')} has no <!-- assets --> marker`);
  // Write then rename, so a concurrently starting server never reads half a page.
  const tmp = join(distDir, `.index.${process.pid}.html`);
  await writeFile(tmp, template.replace('<!-- assets -->', tags));
  await rename(tmp, join(distDir, 'index.html'));

  // Drop bundles of earlier builds, so the in-memory static handler does not keep serving them.
  const current = new Set(outputs.map(([f]) => basename(f)));
  for (const name of await readdir(assetsDir)) {
    if (!current.has(name)) await rm(join(assetsDir, name), { force: true });
  }
  return { built: true, ms: performance.now() - t0, assets: [url(entryJs), ...css.map(url)] };
}
