export { createImagesClient, type ImagesClient } from './client.js';
export type { ImagesClientOptions } from './core/options.js';
export { DEFAULT_BOUNDS, type BodyBounds } from './core/bounded.js';
export type { RequestOptions } from './core/transport.js';
export * from './core/errors.js';
export { PagePromise } from './core/pagination.js';
export { sniffImageType, type ImageMediaType } from './core/image-type.js';
export type { ImageSource } from './core/file-part.js';
export type {
  Image,
  ImageListV1,
  ListImagesV1Query,
  CreateImageParams,
  EditImageParams,
  ImageBlob,
  SigningKeyList,
  ImageStats,
  Variant,
  CreateVariantParams,
  EditVariantParams,
} from './images/v1/index.js';
export type { ImageListV2, ListImagesV2Query, DirectUpload, CreateDirectUploadParams } from './images/v2/index.js';
export { serializeFilters, type MetadataFilters, type FilterCondition } from './images/v2/index.js';
export { signImageUrl, type SignImageUrlParams } from './signing.js';
export { uploadToDirectUrl, type UploadToDirectUrlOptions } from './upload-to-direct-url.js';
export type { Schemas, ResultOf, QueryOf } from './core/types.js';
export { facts, operations, type OperationId } from '../generated/operations.js';
