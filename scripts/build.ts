/** Compiles src/ to dist/ and copies the generated plain-JS validators beside the compiled code. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
mkdirSync('dist/generated', { recursive: true });
for (const file of ['validators.js', 'validators.d.ts', 'request-validators.js', 'request-validators.d.ts', 'schema.d.ts', 'openapi.json']) copyFileSync(`generated/${file}`, `dist/generated/${file}`);
console.log('built dist/');
