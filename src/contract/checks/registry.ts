// Every check of the contract suite, one entry each: its name (as every report prints it), what it
// fails on, the spec statements it enforces, and where its code is. `--checks`, the Outcome type,
// the README's check table and the JUnit names all come from here.
import type { RuleId } from '../../spec/statements.js';

/**
 * A statement a check enforces: an `x-cf-rules` entry (`uploadImage.stored`), a free choice of
 * `x-cf-open` the check must accept (`open:refusal-status`), a JSON pointer into the spec, or the
 * failing operation's own documented responses or request (`operation:responses`, `operation:request`).
 */
export type SpecSource = RuleId | `open:${string}` | `/${string}` | 'operation:responses' | 'operation:request';

export interface CheckEntry {
  /** Which requests it applies to: every response, the run's requests, or an app's traffic. */
  family: 'transport' | 'response' | 'request' | 'credentials' | 'behaviour';
  /** In the run (`npm run contract`), in traffic checks (proxy, check-har), or both. */
  scope: readonly ('run' | 'traffic')[];
  failsWhen: string;
  sources: readonly SpecSource[];
  /** The files that hold its code, from src/contract/. */
  code: readonly string[];
}

const RESPONSES = '/components/responses';

export const REGISTRY = {
  not_a_server_error: {
    family: 'transport',
    scope: ['run'],
    failsWhen:
      'any 5xx, or no complete answer: a refused or dropped connection, a body past the bounds, or an answer (body included) slower than `--request-timeout`',
    sources: [`${RESPONSES}/ServerError`],
    code: ['engine/response-check.ts', 'engine/session.ts'],
  },
  status_code_conformance: {
    family: 'response',
    scope: ['run', 'traffic'],
    failsWhen: 'the status is not one the operation documents (a redirect included)',
    sources: ['operation:responses'],
    code: ['checks/conformance.ts'],
  },
  content_type_conformance: {
    family: 'response',
    scope: ['run', 'traffic'],
    failsWhen: 'the media type is not the documented one for the status',
    sources: ['operation:responses'],
    code: ['checks/conformance.ts'],
  },
  response_schema_conformance: {
    family: 'response',
    scope: ['run', 'traffic'],
    failsWhen: 'the body does not validate against the documented schema',
    sources: ['operation:responses', 'open:extra-properties'],
    code: ['checks/conformance.ts'],
  },
  response_headers_conformance: {
    family: 'response',
    scope: ['run', 'traffic'],
    failsWhen: 'a documented header is missing (when required) or malformed',
    sources: ['operation:responses', 'open:ray-header'],
    code: ['checks/conformance.ts'],
  },
  envelope_consistency: {
    family: 'response',
    scope: ['run', 'traffic'],
    failsWhen: '`success` disagrees with the status; a failure without `result: null` and an error',
    sources: ['/info/description', '/components/schemas/Failure'],
    code: ['checks/envelope.ts'],
  },
  prism_violations: {
    family: 'response',
    scope: ['traffic'],
    failsWhen: 'Prism, as the upstream, reported violations in `sl-violations`',
    sources: ['operation:responses'],
    code: ['checks/prism.ts'],
  },
  request_conformance: {
    family: 'request',
    scope: ['traffic'],
    failsWhen: "the app's request breaks the spec: route, credentials of a documented scheme, parameters, body, the `x-cf-*` rules",
    sources: ['operation:request', '/security'],
    code: ['traffic/request-check.ts', 'traffic/traffic-log.ts'],
  },
  negative_data_rejection: {
    family: 'request',
    scope: ['run'],
    failsWhen: 'an invalid request is not refused with a documented 4xx about the data (a 2xx, a 5xx, or a 401/403 instead)',
    sources: ['operation:request', '/components/responses/BadRequest', 'open:refusal-status'],
    code: ['engine/judge.ts', 'generate/coverage.ts', 'phases/fuzz.ts'],
  },
  positive_data_acceptance: {
    family: 'request',
    scope: ['run'],
    failsWhen: 'a valid request is refused for its data or its valid credentials (400, 401/403, 415)',
    sources: ['operation:request', '/components/responses/BadRequest', '/components/responses/Unauthorized'],
    code: ['engine/judge.ts', 'phases/examples.ts', 'phases/fuzz.ts', 'scenarios/uniqueness.ts', 'model-based/commands'],
  },
  ignored_auth: {
    family: 'credentials',
    scope: ['run'],
    failsWhen:
      'a request without credentials, with a wrong token or key pair, the right key under another e-mail, or the right token under another scheme is not answered 401/403',
    sources: ['/security', '/components/securitySchemes', `${RESPONSES}/Unauthorized`, `${RESPONSES}/Forbidden`],
    code: ['phases/coverage.ts'],
  },
  foreign_account: {
    family: 'credentials',
    scope: ['run'],
    failsWhen: 'another account id in the path is not refused',
    sources: [`${RESPONSES}/Forbidden`, '/components/parameters/AccountId'],
    code: ['phases/coverage.ts'],
  },
  use_after_free: {
    family: 'behaviour',
    scope: ['run'],
    failsWhen: 'after a DELETE the image, variant or signing key is still there: read, listed, counted, served',
    sources: ['deleteImage.gone', 'deleteVariant.gone', 'deleteSigningKey.gone', 'delivery.served', 'open:refusal-status', 'open:read-after-write'],
    code: ['scenarios/deletion.ts', 'model-based/commands'],
  },
  ensure_resource_availability: {
    family: 'behaviour',
    scope: ['run'],
    failsWhen:
      "what a 2xx created is not readable as it was created (an image's metadata, creator, file name, bytes and type; a variant's options; a key), listed, counted and served, or its answer differs from what later reads show; a DELETE removes more than it names",
    sources: [
      'uploadImage.stored',
      'uploadImage.answer',
      'getImageBlob.bytes',
      'createVariant.stored',
      'createSigningKey.stored',
      'deleteImage.only-named',
      'open:extra-properties',
      'open:read-after-write',
    ],
    code: ['scenarios/availability.ts', 'scenarios/deletion.ts', 'engine/fixtures.ts', 'model-based/commands'],
  },
  pagination: {
    family: 'behaviour',
    scope: ['run'],
    failsWhen:
      'v1 pages overlap or miss images, `per_page` ignored; v2 continuation tokens do not walk every image exactly once, `per_page`/`sort_order` ignored',
    sources: ['listImagesV2.walk', '/components/parameters/PerPage', 'open:last-page', 'open:identifiers'],
    code: ['scenarios/pagination.ts'],
  },
  filters: {
    family: 'behaviour',
    scope: ['run'],
    failsWhen:
      'a metadata filter (every operator the spec lists, a nested field, two together) or `creator` selects an image it must not, or misses one it must',
    sources: ['listImagesV2.filters', 'listImages.creator', 'open:untyped-equality'],
    code: ['scenarios/filters.ts', 'model-based/commands'],
  },
  edits: {
    family: 'behaviour',
    scope: ['run'],
    failsWhen:
      "an edit's answer or a later read does not show the fields sent, or (where the update body states `x-cf-partial-update`) a field not sent changed",
    sources: ['updateImage.applied', 'updateVariant.applied', '/components/schemas/UpdateImageBody', 'open:variant-update-flag'],
    code: ['scenarios/edits.ts', 'model-based/commands'],
  },
  stats: {
    family: 'behaviour',
    scope: ['run'],
    failsWhen: '`count.current` does not move by the images stored and deleted (drafts may count or not)',
    sources: ['getImageStats.counts', 'open:drafts-in-stats', 'open:read-after-write'],
    code: ['scenarios/stats.ts', 'model-based/commands'],
  },
  drafts: {
    family: 'behaviour',
    scope: ['run'],
    failsWhen:
      "a direct upload's draft is listed, served, has a blob or lacks `draft: true`; once its file is posted it is not stored with the id, metadata, creator and requireSignedURLs it was given",
    sources: ['createDirectUpload.draft', 'createDirectUpload.completes', 'getImage.draft', 'delivery.not-the-api'],
    code: ['scenarios/drafts.ts', 'model-based/commands'],
  },
  uniqueness: {
    family: 'behaviour',
    scope: ['run'],
    failsWhen:
      'an upload or direct upload under a taken custom id, or a variant under a taken name, is accepted; more variants than the documented maximum are accepted',
    sources: ['uploadImage.custom-id-taken', 'createVariant.name-taken', 'createVariant.at-most'],
    code: ['scenarios/uniqueness.ts', 'model-based/commands'],
  },
  one_time_upload_urls: {
    family: 'behaviour',
    scope: ['run'],
    failsWhen: 'a direct-upload URL takes a second file, or a file after its `expiry`',
    sources: ['createDirectUpload.one-time', 'createDirectUpload.expiry', 'delivery.not-the-api'],
    code: ['scenarios/one-time-urls.ts', 'model-based/commands'],
  },
  signed_delivery: {
    family: 'behaviour',
    scope: ['run'],
    failsWhen:
      'a missing, expired, tampered, later-`exp`, other-variant, other-image or deleted-key signature is served, or a valid one refused; a variant with `neverRequireSignedURLs` is not served unsigned',
    sources: ['delivery.signed', 'delivery.not-the-api', 'deleteSigningKey.gone'],
    code: ['scenarios/signed-delivery.ts', 'model-based/commands'],
  },
  upload_rules: {
    family: 'behaviour',
    scope: ['run'],
    failsWhen:
      'non-image bytes, a file over a limit in any dimension, `file` + `url`, or a custom id with `requireSignedURLs` is accepted; a file at a limit is refused',
    sources: ['/components/schemas/UploadImageForm', '/components/schemas/UploadImageForm/properties/file/x-cf-image-limits'],
    code: ['scenarios/upload-rules.ts'],
  },
} as const satisfies Record<string, CheckEntry>;

export type CheckName = keyof typeof REGISTRY;

/** The names, in the registry's order. */
export const CHECK_NAMES = Object.keys(REGISTRY) as CheckName[];

type Entry<N extends CheckName> = (typeof REGISTRY)[N];

/** The checks of a contract run (`--checks`). */
export type RunCheckName = { [N in CheckName]: 'run' extends Entry<N>['scope'][number] ? N : never }[CheckName];
export const RUN_CHECKS = CHECK_NAMES.filter((name): name is RunCheckName => (REGISTRY[name].scope as readonly string[]).includes('run'));

/** The checks the conformance checker applies to every response (`checkResponse`), in its order. */
export type ResponseCheckName = { [N in CheckName]: Entry<N>['family'] extends 'response' ? N : never }[CheckName];
export const RESPONSE_CHECKS = CHECK_NAMES.filter((name): name is ResponseCheckName => REGISTRY[name].family === 'response');
