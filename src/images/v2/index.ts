export { V2, type ImageListV2, type ListImagesV2Query } from './v2.js';
export { DirectUploads, type DirectUpload, type CreateDirectUploadParams } from './direct-uploads.js';
export { serializeFilters, type MetadataFilters, type FilterCondition } from './filters.js';
