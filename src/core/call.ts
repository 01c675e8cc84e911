import type { Client } from 'openapi-fetch';
import type { operations as Spec, paths } from '../../generated/schema.js';
import type { OperationId, operations } from '../../generated/operations.js';
import type { ImageSource } from './file-part.js';
import type { QueryOf, ResultOf } from './types.js';

type Manifest = typeof operations;
export type MethodOf<Op extends OperationId> = Lowercase<Manifest[Op]['method']>;
type PathTemplateOf<Op extends OperationId> = Manifest[Op]['path'];

/** An operation's path parameters but the account's, which the transport fills in. */
export type PathParams<Op extends OperationId> = Omit<Spec[Op]['parameters']['path'], 'account_id'>;
/** An operation's request body in its one media type; `never` when it takes none. */
export type RequestBody<Op extends OperationId> = NonNullable<Spec[Op]['requestBody']> extends { content: infer C } ? C[keyof C] : never;
/** A body whose binary fields may still be unread sources (bytes, a stream) instead of Blobs. */
export type Unread<T> = { [K in keyof T]: Blob extends T[K] ? T[K] | ImageSource : T[K] };

interface CallBase<Op extends OperationId> {
  operationId: Op;
  path?: PathParams<Op>;
  query?: QueryOf<Op>;
  body?: RequestBody<Op> | Unread<RequestBody<Op>>;
  /** Makes the validated body sendable (reads a file given as bytes or a stream); runs once, before the first attempt. */
  prepare?: (body: Unread<RequestBody<Op>>) => Promise<RequestBody<Op>>;
  /** Why a 2xx result cannot be used (say, a list without its items); undefined when it can. */
  unusable?: (result: ResultOf<Op>) => string | undefined;
  /** Why a 2xx response whose body is streamed cannot be used (say, the wrong content type); undefined when it can. */
  unacceptable?: (response: Response) => string | undefined;
  /** After a retried attempt met a conflict, the earlier attempt probably succeeded: ask this instead. */
  recoverConflictAfterRetry?: () => Promise<ResultOf<Op>>;
}

type PathPart<Op extends OperationId> = keyof PathParams<Op> extends never ? unknown : { path: PathParams<Op> };
type BodyPart<Op extends OperationId> = [RequestBody<Op>] extends [never]
  ? { body?: undefined; prepare?: undefined }
  : { body: RequestBody<Op>; prepare?: undefined } | { body: Unread<RequestBody<Op>>; prepare: NonNullable<CallBase<Op>['prepare']> };

/**
 * What a resource asks the transport for: one operation, its parameters and body typed from
 * `operations[Op]` of the generated schema. A parameter renamed in the spec fails type-checking here.
 */
export type Call<Op extends OperationId> = CallBase<Op> & PathPart<Op> & BodyPart<Op>;

/**
 * The init the transport gives openapi-fetch for one operation: the account filled in, `body`
 * absent exactly when the operation takes none (the checks below hold it to openapi-fetch's own init type).
 */
export type RawInit<Op extends OperationId> = {
  params: { path: PathParams<Op> & { account_id: string }; query?: QueryOf<Op> };
  body: RequestBody<Op>;
  parseAs: 'stream';
  fetch?: (request: Request) => Promise<Response>;
  Request?: typeof Request;
  signal?: AbortSignal;
  bodySerializer?: () => Blob | ReadableStream<Uint8Array>;
  headers?: Record<string, string>;
  duplex?: 'half';
};

/** openapi-fetch's `request` for one operation: its method and path from the manifest, its init from the spec. */
type OperationRequest<Op extends OperationId> = (
  method: MethodOf<Op>,
  path: PathTemplateOf<Op>,
  init: RawInit<Op>,
) => Promise<{ response: Response; error?: unknown }>;

export type OperationRequests = { [Op in OperationId]: OperationRequest<Op> };

/**
 * openapi-fetch's generic `request`, once per operation. The compiler instantiates its generics
 * for each entry and checks the manifest's method and path and our init against `paths`; a
 * missing or unknown operation is an error too.
 */
export function operationRequests(raw: Client<paths>): OperationRequests {
  const r = raw.request;
  return {
    ...{
      listImages: r,
      uploadImage: r,
      getImage: r,
      updateImage: r,
      deleteImage: r,
      getImageBlob: r,
      listSigningKeys: r,
      createSigningKey: r,
      deleteSigningKey: r,
    },
    ...{ getImageStats: r, listVariants: r, createVariant: r, getVariant: r, updateVariant: r, deleteVariant: r, listImagesV2: r, createDirectUpload: r },
  };
}
