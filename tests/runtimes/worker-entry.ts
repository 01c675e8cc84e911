// A Cloudflare Worker that uses the client, bundled by tests/runtimes/workers.test.ts with esbuild
// and run in workerd (miniflare). Its one route answers with JSON of everything it saw.
import { createImagesClient, ImagesValidationError, signImageUrl, uploadToDirectUrl } from '../../src/index.js';
import { pixelPng } from './pixel.js';

export interface Env {
  IMAGES_BASE_URL: string;
  IMAGES_ACCOUNT_ID: string;
  IMAGES_API_TOKEN: string;
}

export interface WorkerReport {
  codeGeneration: { evalError: string | null; newFunctionError: string | null };
  listedIds: string[];
  gotId: string;
  gotRequireSignedURLs: boolean;
  responseValidatedId: string;
  keyNames: string[];
  deliveryUrl: string;
  signedUrl: string;
  signedStatus: number;
  signedContentType: string | null;
  signedBytesSha256: string;
  unsignedStatus: number;
  validation: { name: string; isImagesValidationError: boolean; pointer: string; message: string } | null;
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What happens when this isolate is asked to compile code from a string (workerd forbids it). */
function codeGenerationProbe(): WorkerReport['codeGeneration'] {
  const attempt = (compile: () => unknown): string | null => {
    try {
      compile();
      return null;
    } catch (error) {
      return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
  };
  // Reached through globalThis so that esbuild leaves them alone and the bundle's own text has no
  // `eval(` or `new Function(` (the test checks that).
  const indirectEval = globalThis.eval;
  const CodeFromString = globalThis.Function;
  return {
    evalError: attempt(() => indirectEval('1 + 1')),
    newFunctionError: attempt(() => new CodeFromString('return 1')),
  };
}

/**
 * How the client gets its fetch: `default` leaves the option out (the README's usage), `global`
 * passes `fetch: globalThis.fetch`, `wrapped` passes an arrow function that calls the global fetch.
 */
export type FetchMode = 'default' | 'global' | 'wrapped';

function fetchOption(mode: FetchMode): { fetch?: typeof globalThis.fetch } {
  if (mode === 'global') return { fetch: globalThis.fetch };
  if (mode === 'wrapped') return { fetch: (input, init) => fetch(input, init) };
  return {};
}

async function run(env: Env, mode: FetchMode): Promise<WorkerReport> {
  const codeGeneration = codeGenerationProbe();
  // `env: {}`: a Worker has no process.env; everything comes from the bindings.
  const options = {
    baseUrl: env.IMAGES_BASE_URL,
    accountId: env.IMAGES_ACCOUNT_ID,
    apiToken: env.IMAGES_API_TOKEN,
    env: {},
    maxRetries: 0,
    ...fetchOption(mode),
  };
  const cf = createImagesClient(options);

  const page = await cf.images.v1.list();
  const listedIds = page.images.map((image) => image.id);
  const image = await cf.images.v1.get(listedIds[0]);
  // Response validation runs more of the generated validators (the Image schema, the envelope).
  const strict = createImagesClient({ ...options, validate: { request: true, response: true } });
  const validated = await strict.images.v1.get(image.id);
  const { keys } = await cf.images.v1.keys.list();

  const deliveryUrl = image.variants[0];
  const signedUrl = await signImageUrl({ url: deliveryUrl, key: keys[0].value, expiresIn: 600 });
  const signed = await fetch(signedUrl);
  const signedBytes = await signed.arrayBuffer();
  const unsigned = await fetch(deliveryUrl);
  await unsigned.arrayBuffer();

  let validation: WorkerReport['validation'] = null;
  try {
    // per_page has `minimum: 10` in the spec: refused before anything is sent.
    await cf.images.v1.list({ per_page: 5 });
  } catch (error) {
    const e = error as Error;
    validation = {
      name: e.name,
      isImagesValidationError: error instanceof ImagesValidationError,
      pointer: error instanceof ImagesValidationError ? error.pointer : '',
      message: e.message,
    };
  }

  return {
    codeGeneration,
    listedIds,
    gotId: image.id,
    gotRequireSignedURLs: image.requireSignedURLs,
    responseValidatedId: validated.id,
    keyNames: keys.map((k) => k.name),
    deliveryUrl,
    signedUrl,
    signedStatus: signed.status,
    signedContentType: signed.headers.get('content-type'),
    signedBytesSha256: await sha256Hex(signedBytes),
    unsignedStatus: unsigned.status,
    validation,
  };
}

export interface DirectUploadReport {
  reservedId: string;
  uploadedId: string;
  draftBefore: boolean | undefined;
  draftAfter: boolean | undefined;
  blobSha256: string;
}

/**
 * A Worker doing both halves of a direct creator upload: reserve with the client, post with the
 * helper (which uses the global fetch). The client gets the `wrapped` fetch: this route is about
 * `uploadToDirectUrl`, the default fetch has its own test.
 */
async function directUpload(env: Env): Promise<DirectUploadReport> {
  const cf = createImagesClient({
    baseUrl: env.IMAGES_BASE_URL,
    accountId: env.IMAGES_ACCOUNT_ID,
    apiToken: env.IMAGES_API_TOKEN,
    env: {},
    maxRetries: 0,
    ...fetchOption('wrapped'),
  });
  const reserved = await cf.images.v2.directUploads.create();
  const draftBefore = (await cf.images.v1.get(reserved.id)).draft;
  const uploaded = await uploadToDirectUrl(reserved.uploadURL, new File([pixelPng()], 'pixel.png', { type: 'image/png' }));
  const draftAfter = (await cf.images.v1.get(reserved.id)).draft;
  const blob = await cf.images.v1.blobs.get(reserved.id);
  return { reservedId: reserved.id, uploadedId: uploaded.id, draftBefore, draftAfter, blobSha256: await sha256Hex(await (await blob.blob()).arrayBuffer()) };
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const mode = (url.searchParams.get('fetch') ?? 'default') as FetchMode;
    try {
      if (url.pathname === '/direct-upload') return Response.json(await directUpload(env));
      return Response.json(await run(env, mode));
    } catch (error) {
      const e = error as Error;
      return Response.json({ error: { name: e?.name, message: e?.message, stack: e?.stack } }, { status: 500 });
    }
  },
};
