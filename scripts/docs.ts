/**
 * Builds the documentation into out/docs/ (git-ignored):
 *   out/docs/api.html   a self-contained Redoc page of openapi/images.yaml (Redocly `build-docs
 *                       --inlineBundle`: scripts and styles are embedded, nothing is fetched to render)
 *   out/docs/client/    the TypeDoc API reference of the client (entry points and options in typedoc.json)
 *
 *   npm run docs               both
 *   npm run docs -- --api      only the Redoc page
 *   npm run docs -- --client   only the TypeDoc reference
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { UsageError, invokedAs, parseOptions, printUsageError } from './lib/cli.js';
import { runRedocly } from './lib/redocly.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DOCS_DIR = join(ROOT, 'out/docs');
export const API_PAGE = join(DOCS_DIR, 'api.html');
export const CLIENT_DIR = join(DOCS_DIR, 'client');
const SPEC = join(ROOT, 'openapi/images.yaml');


/** out/docs/api.html: one offline HTML file (Redoc scripts inlined, spec embedded, prerendered). */
export async function buildApiPage(output = API_PAGE): Promise<string> {
  mkdirSync(dirname(output), { recursive: true });
  await runRedocly(['build-docs', SPEC, '--output', output, '--inlineBundle', '--title', 'Cloudflare Images API']);
  return output;
}

/**
 * out/docs/client/: TypeDoc, in-process, with the options in typedoc.json (skipErrorChecking is on
 * there, so entry points that do not typecheck yet still produce a reference).
 */
export async function buildClientDocs(): Promise<string> {
  const { Application, TSConfigReader, TypeDocReader } = await import('typedoc');
  const app = await Application.bootstrapWithPlugins({ options: join(ROOT, 'typedoc.json') }, [new TypeDocReader(), new TSConfigReader()]);
  const project = await app.convert();
  if (!project) throw new Error('typedoc: conversion failed (see the messages above)');
  // Name the entry modules by their import specifiers instead of their file names (index, node).
  const names: Record<string, string> = { index: 'cf-images-kit', node: 'cf-images-kit/node' };
  for (const child of project.children ?? []) child.name = names[child.name] ?? child.name;
  await app.generateOutputs(project);
  if (app.logger.hasErrors()) throw new Error('typedoc reported errors (see the messages above)');
  return CLIENT_DIR;
}

const HELP = `Builds the documentation into out/docs/.

Usage: COMMAND [--api | --client]

  --api      only out/docs/api.html (the Redoc page of openapi/images.yaml)
  --client   only out/docs/client/ (the TypeDoc reference of the client)
  -h, --help
`;

export async function main(argv: string[]): Promise<number> {
  const command = invokedAs(fileURLToPath(import.meta.url));
  let values;
  try {
    ({ values } = parseOptions({ args: argv, options: { api: { type: 'boolean' }, client: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    if (error instanceof UsageError) return printUsageError('docs', command, error);
    throw error;
  }
  if (values.help) {
    process.stdout.write(HELP.replace('COMMAND', command));
    return 0;
  }
  const started = performance.now();
  if (!values.client || values.api) console.log(`wrote ${await buildApiPage()}`);
  if (!values.api || values.client) console.log(`wrote ${await buildClientDocs()}/index.html`);
  console.log(`docs built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
