// The TypeDoc reference (out/docs/client/) documents every resource method a client has: the
// resources are found by walking a real client's `images` object (each APIResource field, and the
// methods of its class), and each one is reached in the HTML the way a reader reaches it — from
// `ImagesClient.images` by following the links of the properties to the class pages — where the
// method must have its own entry with a signature. And TypeDoc's warnings fail the docs build.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientDocs } from '../../scripts/docs.js';
import { APIResource } from '../../src/core/resource.js';
import { createImagesClient } from '../../src/index.js';
import { operations } from '../../generated/operations.js';

interface Resource {
  /** e.g. `images.v1.variants` */
  path: string;
  resource: APIResource;
  /** Its fields that are resources themselves. */
  children: string[];
  methods: string[];
}

/** Public methods of a resource's class and its ancestors up to APIResource. */
function methodsOf(resource: APIResource): string[] {
  const names = new Set<string>();
  for (let proto = Object.getPrototypeOf(resource); proto && proto !== APIResource.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) if (name !== 'constructor' && typeof proto[name] === 'function') names.add(name);
  }
  return [...names].sort();
}

function walk(resource: APIResource, path: string): Resource[] {
  const children = Object.entries(resource).filter(([, value]) => value instanceof APIResource);
  return [
    { path, resource, children: children.map(([name]) => name), methods: methodsOf(resource) },
    ...children.flatMap(([name, value]) => walk(value, `${path}.${name}`)),
  ];
}

const client = createImagesClient({ accountId: '0'.repeat(32), apiToken: 'docs-test', env: {} });
const resources = walk(client.images, 'images');

let docsDir: string;
const scratch = mkdtempSync(join(tmpdir(), 'typedoc-'));
const read = (page: string) => readFileSync(join(docsDir, page), 'utf8');

/** The HTML of a member's entry on a page: from its anchor (TypeDoc lowercases them) to the next member. */
function member(html: string, name: string): string | undefined {
  const start = html.indexOf(`id="${name.toLowerCase()}"`);
  if (start === -1) return undefined;
  const end = html.indexOf('<section class="tsd-panel tsd-member', start);
  return html.slice(start, end === -1 ? undefined : end);
}

/** The class page a property's type links to, relative to the docs root. */
function linkedClass(page: string, property: string): string | undefined {
  const href = member(read(page), property)?.match(/<a href="([^"#]+\.html)" class="tsd-signature-type tsd-kind-class">/)?.[1];
  return href && join(dirname(page), href);
}

beforeAll(async () => {
  docsDir = await buildClientDocs();
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the client reference (out/docs/client/)', () => {
  it('finds the resources to look for on a real client', () => {
    expect(resources.map((r) => r.path)).toEqual(expect.arrayContaining(['images', 'images.v1', 'images.v1.variants', 'images.v2.directUploads']));
    // Each operation of the spec has a method, so there are at least as many methods as operations.
    expect(resources.flatMap((r) => r.methods).length).toBeGreaterThanOrEqual(Object.keys(operations).length);
  });

  it('links ImagesClient.images to its class, and every resource property to its class', () => {
    const pages = new Map<string, string | undefined>([['images', linkedClass('interfaces/cf-images-kit.ImagesClient.html', 'images')]]);
    for (const { path, children } of resources) {
      expect(pages.get(path), `a class page for client.${path}`).toBeDefined();
      for (const child of children) pages.set(`${path}.${child}`, linkedClass(pages.get(path)!, child));
    }
    for (const { path, methods } of resources) {
      const html = read(pages.get(path)!);
      for (const method of methods) {
        const entry = member(html, method);
        expect(entry, `client.${path}.${method} in ${pages.get(path)}`).toBeDefined();
        expect(entry).toContain(`<span class="tsd-kind-call-signature">${method}</span>`);
      }
    }
  });

  it('fails the build on a TypeDoc warning', async () => {
    // Without the list of types left out on purpose, TypeDoc warns that the reference mentions them.
    await expect(buildClientDocs({ intentionallyNotExported: [], out: scratch })).rejects.toThrow(/warnings \(treated as errors\)/);
  }, 120_000);
});
