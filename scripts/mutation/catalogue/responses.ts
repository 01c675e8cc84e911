// The responses themselves: not_a_server_error, status / content-type / schema / headers
// conformance, envelope_consistency, and the cleanup step (a resource the run cannot delete).
import { mutant, type Mutant } from '../mutant.js';

export const RESPONSE_MUTANTS: Mutant[] = [
  mutant(
    'json-content-type-text',
    'content_type_conformance',
    'JSON responses are sent as text/plain',
    'reply.ts',
    "headers['content-type'] = 'application/json; charset=utf-8';",
    "headers['content-type'] = 'text/plain; charset=utf-8';",
  ),
  mutant(
    'blob-content-type-generic',
    'content_type_conformance',
    "a blob is served as application/octet-stream instead of the image's type",
    'routes/images.ts',
    "return { status: 200, bytes, contentType: image.contentType, headers: { ...UPLOADED_BYTES_HEADERS, 'cache-control': 'private, no-store' } };",
    "return { status: 200, bytes, contentType: 'application/octet-stream', headers: { ...UPLOADED_BYTES_HEADERS, 'cache-control': 'private, no-store' } };",
    { needs: 'a getImageBlob request for an uploaded image' },
  ),
  mutant(
    'image-flag-as-string',
    'response_schema_conformance',
    'the image object carries requireSignedURLs as a string ("false"), not a boolean',
    'context.ts',
    '    requireSignedURLs: image.requireSignedURLs,\n',
    '    requireSignedURLs: String(image.requireSignedURLs),\n',
  ),
  mutant(
    'create-variant-201',
    'status_code_conformance',
    'creating a variant answers 201 Created, which the spec does not document',
    'routes/variants.ts',
    '    return ok(success({ variant }));\n  },\n};\n\nexport const getVariant',
    '    return { status: 201, json: success({ variant }) };\n  },\n};\n\nexport const getVariant',
  ),
  mutant(
    'ray-id-base64',
    'response_headers_conformance',
    'the cf-ray id is base64url instead of 16 hex digits',
    'reply.ts',
    "return `${randomBytes(8).toString('hex')}-LCL`;",
    "return `${randomBytes(8).toString('base64url')}-LCL`;",
    { needs: 'an error response (cf-ray is documented on 4xx and 5xx responses only)' },
  ),
  mutant('ray-id-missing', 'response_headers_conformance', 'no cf-ray header', 'index.ts', "    res.setHeader('cf-ray', newRayId());\n", '', {
    equivalent: 'the spec documents cf-ray without required: true (Cloudflare sends it, but a response without it conforms)',
    allowedBy: 'open:ray-header',
  }),
  mutant(
    'failure-success-true',
    'envelope_consistency',
    'a failure envelope says success: true',
    'envelope.ts',
    'return { success: false, errors: [info], messages: [], result: null };',
    'return { success: true, errors: [info], messages: [], result: null };',
    { needs: 'an error response' },
  ),
  mutant(
    'in-memory-discard-crash',
    'not_a_server_error',
    'the store assumes a persistence layer when discarding blobs: every image delete of an in-memory server is a 500',
    'store.ts',
    'if (removed.length) await this.persistence?.discard(removed);',
    'if (removed.length) await this.persistence!.discard(removed);',
  ),
  {
    id: 'delete-variant-refused',
    check: 'cleanup',
    bug: 'deleting a variant other than public is refused with 403',
    edits: [
      {
        file: 'src/server/routes/variants.ts',
        find: "import { ok } from '../reply.js';",
        replace: "import { ApiError } from '../errors.js';\nimport { ok } from '../reply.js';",
      },
      {
        file: 'src/server/routes/variants.ts',
        find: '    await app.state.deleteVariant(path.variant_id);\n',
        replace:
          "    if (path.variant_id !== 'public') throw new ApiError(403, 9109, 'Variants cannot be deleted');\n    await app.state.deleteVariant(path.variant_id);\n",
      },
    ],
  },
];
