export { V1, type Image, type ImageListV1, type ListImagesV1Query, type CreateImageParams, type EditImageParams } from './v1.js';
export { Blobs, type ImageBlob } from './blobs.js';
export { Keys, type SigningKeyList } from './keys.js';
export { Stats, type ImageStats } from './stats.js';
export { Variants, type Variant, type CreateVariantParams, type EditVariantParams } from './variants.js';
