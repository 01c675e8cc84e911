// upload-url-form: one-time upload URLs in another form, the token in the query
// (`/direct-upload?token=…`) instead of the path. DirectUpload.uploadURL is any URI.
import type { Variation } from './variation.js';

const PATH = '/direct-upload';

export const uploadUrlForm: Variation = {
  name: 'upload-url-form',
  exercises: '#/components/schemas/DirectUpload',
  summary: 'one-time upload URLs carry the token in the query: /direct-upload?token=…',
  install(hooks) {
    hooks.uploadUrls = {
      urlOf: (origin, token) => `${origin}${PATH}?token=${encodeURIComponent(token)}`,
      tokenOf: (rawPath, rawQuery) => (rawPath === PATH ? (new URLSearchParams(rawQuery).get('token') ?? '') : undefined),
    };
  },
};
