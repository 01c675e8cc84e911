import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';
import { build } from 'esbuild';
import { GENERATED_HEADER, listOperations, resolveRef, type JsonObject } from './spec.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, options?: { mode: 'fast' | 'full' }) => Ajv2020;
const standaloneCode = (standaloneModule as unknown as { default: typeof standaloneModule.default }).default ?? standaloneModule;
const SCHEMA_REF = '#/components/schemas/';
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const schemaId = (name: string) => `urn:images:schemas:${name}`;

/**
 * Prepares a schema copied out of the spec for ajv:
 * - `$ref`s to `#/components/schemas/X` point at the schema registered as `schemaId(X)`, so
 *   each component is compiled once however many operations use it;
 * - binary parts accept any value: a Blob is not a JSON string, so the client's multipart
 *   serializer checks files instead.
 */
export function forAjv(node: any): any {
  if (Array.isArray(node)) return node.map(forAjv);
  if (!node || typeof node !== 'object') return node;
  if (node.type === 'string' && node.format === 'binary') return { description: node.description ?? 'binary' };
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => {
      if (k !== '$ref') return [k, forAjv(v)];
      const ref = String(v);
      if (!ref.startsWith(SCHEMA_REF)) throw new Error(`unsupported $ref in a schema: ${ref}`);
      return [k, schemaId(ref.slice(SCHEMA_REF.length))];
    }),
  );
}

function extensionKeywords(node: any, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => extensionKeywords(n, found));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith('x-')) found.add(k);
      extensionKeywords(v, found);
    }
  }
  return found;
}

/** An ajv (2020-12, strict, formats) that knows every component schema of the spec. */
function createSpecAjv(spec: JsonObject, code?: { source: boolean; esm: boolean }): Ajv2020 {
  // First error only and inlined refs: the fastest code (bench P2). Formats in ajv-formats' "fast"
  // mode check the shape of date-times and URIs; "full" mode triples the cost of validating a list.
  const ajv = new Ajv2020({ strict: true, allErrors: false, code: code ?? { source: false, esm: false } });
  addFormats(ajv, { mode: 'fast' });
  ajv.addVocabulary([...extensionKeywords(spec.components.schemas)]);
  for (const [name, schema] of Object.entries<any>(spec.components.schemas)) ajv.addSchema({ ...forAjv(schema), $id: schemaId(name) });
  return ajv;
}

/** One schema per validator: `<operationId>.params`, `.body`, `.response.<status>`, `schema.<Name>`. */
export function validatorSchemas(spec: JsonObject): Map<string, object> {
  const out = new Map<string, object>();
  for (const op of listOperations(spec)) {
    const groups: Record<string, { properties: Record<string, object>; required: string[] }> = {};
    for (const p of op.parameters) {
      const group = (groups[p.in] ??= { properties: {}, required: [] });
      group.properties[p.name] = forAjv(p.schema);
      if (p.required) group.required.push(p.name);
    }
    out.set(`${op.operationId}.params`, {
      type: 'object',
      properties: Object.fromEntries(Object.entries(groups).map(([where, g]) => [where, { type: 'object', ...g }])),
      required: Object.entries(groups)
        .filter(([, g]) => g.required.length)
        .map(([where]) => where),
    });
    const body = op.operation.requestBody?.content;
    if (body) out.set(`${op.operationId}.body`, forAjv(Object.values<any>(body)[0].schema));
    for (const [status, response] of Object.entries<any>(op.operation.responses)) {
      const json = resolveRef(spec, response).content?.['application/json'];
      if (json) out.set(`${op.operationId}.response.${status}`, forAjv(json.schema));
    }
  }
  for (const name of Object.keys(spec.components.schemas)) out.set(`schema.${name}`, { $ref: schemaId(name) });
  return out;
}

/** The validators a client needs before sending: parameters, request bodies, and the ID forms. */
export const isRequestValidator = (key: string) => key.endsWith('.params') || key.endsWith('.body') || key === 'schema.ImageUuid';

/**
 * Plain-JS standalone validators (no `new Function` at run time), bundled with their ajv helpers,
 * for the validator keys `include` selects.
 */
export async function generateValidators(spec: JsonObject, include: (key: string) => boolean = () => true): Promise<{ js: string; dts: string }> {
  const ajv = createSpecAjv(spec, { source: true, esm: true });
  const exportNames = new Map<string, string>();
  for (const [key, schema] of validatorSchemas(spec)) {
    if (!include(key)) continue;
    const id = `v${exportNames.size}`;
    exportNames.set(key, id);
    ajv.addSchema({ ...schema, $id: id });
  }
  const moduleCode = standaloneCode(ajv, Object.fromEntries([...exportNames.values()].map((id) => [id, id])));
  const entry = `${moduleCode}\nexport const validators = {\n${[...exportNames].map(([key, id]) => `  ${JSON.stringify(key)}: ${id},`).join('\n')}\n};\n`;
  const result = await build({
    stdin: { contents: entry, resolveDir: REPO_ROOT, loader: 'js' },
    absWorkingDir: REPO_ROOT,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['main'],
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    // node_modules may be a link (a git worktree sharing another checkout's): name files by the link, as in a plain checkout.
    preserveSymlinks: true,
  });
  const js = `// ${GENERATED_HEADER}\n${result.outputFiles[0].text}`;
  const keys = [...exportNames.keys()].map((k) => `  | ${JSON.stringify(k)}`).join('\n');
  const dts = `// ${GENERATED_HEADER}
export interface ValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ValidationError[] | null;
}

export type ValidatorKey =
${keys};

export declare const validators: Record<ValidatorKey, ValidateFunction>;
`;
  return { js, dts };
}
