import { createDirectUpload, listImagesV2 } from './images-v2.js';
import { deleteImage, getImage, getImageBlob, listImages, updateImage, uploadImage } from './images.js';
import { createSigningKey, deleteSigningKey, listSigningKeys } from './keys.js';
import { getImageStats } from './stats.js';
import type { Routes } from './types.js';
import { createVariant, deleteVariant, getVariant, listVariants, updateVariant } from './variants.js';

/** Every operation of the spec; the type makes a missing one a compile error. */
export const routes: Routes = {
  listImages,
  uploadImage,
  getImage,
  updateImage,
  deleteImage,
  getImageBlob,
  listSigningKeys,
  createSigningKey,
  deleteSigningKey,
  getImageStats,
  listVariants,
  createVariant,
  getVariant,
  updateVariant,
  deleteVariant,
  listImagesV2,
  createDirectUpload,
};

export type { Route, Routes } from './types.js';
