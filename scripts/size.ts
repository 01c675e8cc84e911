/** `npm run size`: the client entry point as a browser or Worker bundle gets it, minified and gzipped. */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const result = await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  splitting: true,
  outdir: 'out/size',
  write: false,
  metafile: true,
  logLevel: 'silent',
});
// The entry chunk; response validators are a separate chunk, loaded only with `validate: { response: true }`.
const entry = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === 'src/index.ts')!;
const code = result.outputFiles.find((f) => f.path.endsWith(entry[0]))!.contents;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const byPackage = new Map<string, number>();
for (const [path, { bytesInOutput }] of Object.entries(entry[1].inputs)) {
  const key = path.startsWith('node_modules/') ? path.split('/').slice(1, path.split('/')[1].startsWith('@') ? 3 : 2).join('/') : path.split('/')[0];
  byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
}
console.log(`client entry (src/index.ts): ${kb(code.length)} minified, ${kb(gzipSync(code).length)} minified + gzipped`);
for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(16)} ${kb(bytes)} minified`);
