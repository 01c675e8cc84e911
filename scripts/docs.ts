/**
 * Builds the documentation into out/docs/ (git-ignored):
 *   out/docs/api.html   a self-contained Redoc page of openapi/images.yaml (Redocly `build-docs
 *                       --inlineBundle`: scripts and styles are embedded; nothing is fetched, ever)
 *   out/docs/client/    the TypeDoc API reference of the client (entry points and options in typedoc.json)
 *
 *   npm run docs               both
 *   npm run docs -- --api      only the Redoc page
 *   npm run docs -- --client   only the TypeDoc reference
 *   npm run docs -- --readme   only the README's check table, from the check registry
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { UsageError, invokedAs, parseOptions, printUsageError } from './lib/cli.js';
import { withCheckTable } from './lib/check-table.js';
import { makeOffline } from './lib/offline-page.js';
import { runRedocly } from './lib/redocly.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DOCS_DIR = join(ROOT, 'out/docs');
export const API_PAGE = join(DOCS_DIR, 'api.html');
export const CLIENT_DIR = join(DOCS_DIR, 'client');
const SPEC = join(ROOT, 'openapi/images.yaml');

/**
 * out/docs/api.html: one offline HTML file (Redoc scripts inlined, spec embedded, prerendered; the
 * badge's logo inline and a Content-Security-Policy that allows no network source, see lib/offline-page.ts).
 */
export async function buildApiPage(output = API_PAGE): Promise<string> {
  mkdirSync(dirname(output), { recursive: true });
  await runRedocly(['build-docs', SPEC, '--output', output, '--inlineBundle', '--title', 'Cloudflare Images API']);
  writeFileSync(output, makeOffline(readFileSync(output, 'utf8')));
  return output;
}

/** Entry modules by their import specifiers instead of their file names; `images` is src/images/index.ts. */
const MODULE_NAMES: Record<string, string> = { index: 'cf-images-kit', node: 'cf-images-kit/node', images: 'client.images' };
const RESOURCES_COMMENT =
  'The resource classes behind `client.images` (`client.images.v1.create`, `client.images.v1.variants.list`, …). ' +
  'They are not imported: a client from `createImagesClient` has them. Each method sends one operation of the spec.';

/**
 * out/docs/client/: TypeDoc, in-process, with the options in typedoc.json (`overrides` on top).
 * The resource classes are an entry point of their own (src/images/index.ts, shown as
 * `client.images`), so `ImagesClient.images` links to them and their methods are in the reference.
 * Warnings fail the build (treatWarningsAsErrors), validation ones included: a type the reference
 * mentions but does not document is a warning (validation.notExported), unless it is listed in
 * intentionallyNotExported — generated schema types and internals whose names say nothing to a user.
 */
export async function buildClientDocs(overrides: Record<string, unknown> = {}): Promise<string> {
  const { Application, Comment, Converter, ReflectionKind, ReferenceReflection, TSConfigReader, TypeDocReader } = await import('typedoc');
  const app = await Application.bootstrapWithPlugins({ options: join(ROOT, 'typedoc.json'), ...overrides }, [new TypeDocReader(), new TSConfigReader()]);
  const failOnMessages = (stage: string) => {
    const warnings = app.options.getValue('treatWarningsAsErrors') && app.logger.hasWarnings();
    if (app.logger.hasErrors() || warnings)
      throw new Error(`typedoc: ${stage} reported ${warnings ? 'warnings (treated as errors)' : 'errors'}; see the messages above`);
  };
  failOnMessages('reading the options');
  // Before TypeDoc groups the members (EVENT_RESOLVE_BEGIN): what is removed here is gone from the pages too.
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, ({ project }) => {
    for (const module of project.children ?? []) {
      module.name = MODULE_NAMES[module.name] ?? module.name;
      if (module.name !== MODULE_NAMES.images) continue;
      module.comment = new Comment([{ kind: 'text', text: RESOURCES_COMMENT }]);
      // Only the classes: the types it re-exports are documented in cf-images-kit, and a resource is
      // never constructed by hand (its constructor takes the client's internal transport).
      for (const child of [...(module.children ?? [])]) if (child instanceof ReferenceReflection) project.removeReflection(child);
      for (const resource of module.getChildrenByKind(ReflectionKind.Class))
        for (const ctor of resource.getChildrenByKind(ReflectionKind.Constructor)) project.removeReflection(ctor);
    }
  });
  const project = await app.convert();
  if (!project) throw new Error('typedoc: conversion failed (see the messages above)');
  failOnMessages('the conversion');
  app.validate(project);
  failOnMessages('validation');
  await app.generateOutputs(project);
  failOnMessages('the output');
  return resolve(ROOT, app.options.getValue('out'));
}

const HELP = `Builds the documentation into out/docs/.

Usage: COMMAND [--api | --client | --readme]

  --api      only out/docs/api.html (the Redoc page of openapi/images.yaml)
  --client   only out/docs/client/ (the TypeDoc reference of the client)
  --readme   only the README's check table, written from src/contract/checks/registry.ts
  -h, --help
`;

export async function main(argv: string[]): Promise<number> {
  const command = invokedAs(fileURLToPath(import.meta.url));
  let values;
  try {
    ({ values } = parseOptions({
      args: argv,
      options: { api: { type: 'boolean' }, client: { type: 'boolean' }, readme: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    if (error instanceof UsageError) return printUsageError('docs', command, error);
    throw error;
  }
  if (values.help) {
    process.stdout.write(HELP.replace('COMMAND', command));
    return 0;
  }
  if (values.readme) {
    const readme = join(ROOT, 'README.md');
    writeFileSync(readme, withCheckTable(readFileSync(readme, 'utf8')));
    console.log(`wrote the check table of ${readme}`);
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
