import * as imagesV2 from './images-v2.js';
import * as images from './images.js';
import * as keys from './keys.js';
import * as stats from './stats.js';
import type { Routes } from './types.js';
import * as variants from './variants.js';

/**
 * Every operation of the spec, from the route files' exports named by operationId; the type makes
 * a missing one a compile error (and a new operation in an existing file needs no change here).
 */
export const routes: Routes = { ...images, ...imagesV2, ...keys, ...stats, ...variants };

export type { Routes } from './types.js';
