// What happens to resources over time: use_after_free (deleted → 404 everywhere),
// ensure_resource_availability (created → readable, listed, counted), edits, stats, drafts,
// uniqueness and one_time_upload_urls.
import { mutant, type Mutant } from '../mutant.js';

export const LIFECYCLE_MUTANTS: Mutant[] = [
  mutant('delete-image-keeps-record', 'use_after_free', 'deleting an image removes its file but not the image: still readable and listed', 'state.ts', '      d.images.delete(id);\n      d.blobs.delete(id);\n', '      d.blobs.delete(id);\n'),
  mutant(
    'delete-image-keeps-blob',
    'use_after_free',
    "deleting an image leaves its bytes in the blob map",
    'state.ts',
    '      d.images.delete(id);\n      d.blobs.delete(id);\n',
    '      d.images.delete(id);\n',
    { equivalent: 'blob and delivery both look the image up first (404 when it is gone), and a new upload under the same id overwrites the bytes: only memory leaks' },
  ),
  mutant(
    'delete-image-prefix',
    'ensure_resource_availability',
    "deleting an image also deletes the images under its id (custom ids a/b, a/c after a: a prefix match)",
    'state.ts',
    '      d.images.delete(id);\n      d.blobs.delete(id);\n',
    "      for (const key of [...d.images.keys()]) if (key === id || key.startsWith(`${id}/`)) d.images.delete(key);\n      d.blobs.delete(id);\n",
  ),
  mutant('delete-variant-kept', 'use_after_free', 'deleting a variant answers 200 but keeps it', 'state.ts', '      d.variants.delete(id);\n', ''),
  mutant('delete-key-kept', 'use_after_free', 'deleting a signing key answers 200 but keeps it (and its signatures stay valid)', 'state.ts', '      d.keys = d.keys.filter((k) => k.name !== name);\n', ''),
  mutant('complete-images-draft-false', 'ensure_resource_availability', "complete images are taken to be those with draft === false, but uploaded ones have no draft field: nothing is ever listed or counted", 'state.ts', 'return [...this.listedImages().values()].filter((i) => !i.draft);', 'return [...this.listedImages().values()].filter((i) => i.draft === false);'),
  mutant('custom-id-dropped', 'ensure_resource_availability', 'a custom id given at upload is ignored (a random UUID is assigned)', 'routes/images.ts', 'id: body.id ?? newImageId(app),', 'id: newImageId(app),'),
  mutant('direct-upload-custom-id-ignored', 'drafts', 'a custom id given to a direct upload is ignored (a random UUID is reserved)', 'routes/images-v2.ts', 'id: body.id ?? newImageId(app),', 'id: newImageId(app),'),
  mutant('direct-upload-signed-urls-ignored', 'drafts', 'requireSignedURLs given to a direct upload is ignored', 'routes/images-v2.ts', 'requireSignedURLs: body.requireSignedURLs ?? false,', 'requireSignedURLs: false,'),
  mutant('completion-drops-metadata', 'drafts', "a direct upload's metadata is lost when its file comes", 'state.ts', '      delete image.draft;\n', '      delete image.draft;\n      delete image.meta;\n'),
  mutant('upload-filename-mangled', 'ensure_resource_availability', "an upload's file name is stored without its extension", 'routes/images.ts', 'if (file.filename) image.filename = file.filename;', "if (file.filename) image.filename = file.filename.replace(/\\.[^.]*$/, '');"),
  mutant('edit-creator-dropped', 'edits', 'an edit of creator is answered but not applied', 'state.ts', '      if (patch.creator !== undefined) next.creator = patch.creator;\n', ''),
  mutant('edit-replaces-metadata', 'edits', 'an image update is applied as a replacement: metadata not sent is cleared', 'state.ts', 'if (patch.meta !== undefined) next.meta = patch.meta;', 'next.meta = patch.meta;'),
  mutant('variant-edit-resets-flag', 'edits', 'a variant update without neverRequireSignedURLs resets it to false', 'state.ts', 'if (patch.neverRequireSignedURLs !== undefined) variant.neverRequireSignedURLs = patch.neverRequireSignedURLs;', 'variant.neverRequireSignedURLs = patch.neverRequireSignedURLs ?? false;', {
    equivalent: 'the reference pages do not say whether a variant update without neverRequireSignedURLs keeps it: UpdateVariantBody states no x-cf-partial-update, so a server that resets it is within the documented contract (the local server keeps it)',
    allowedBy: 'open:variant-update-flag',
  }),
  mutant('edit-signed-urls-truthy', 'edits', 'requireSignedURLs can be turned on by an edit but never off (a truthiness test)', 'state.ts', 'if (patch.requireSignedURLs !== undefined) next.requireSignedURLs = patch.requireSignedURLs;', 'if (patch.requireSignedURLs) next.requireSignedURLs = patch.requireSignedURLs;'),
  mutant('stats-count-drafts', 'stats', 'stats count drafts too (count.current = every stored image)', 'routes/stats.ts', 'current: app.state.completeImages().length', 'current: app.state.images.size', {
    equivalent: 'the reference pages do not say whether a draft counts: a server that counts drafts is within the documented contract (the local server does not)',
    allowedBy: 'open:drafts-in-stats',
  }),
  mutant('stats-off-by-one', 'stats', 'stats count.current is one short (the default sample left out)', 'routes/stats.ts', 'current: app.state.completeImages().length', 'current: Math.max(0, app.state.completeImages().length - 1)'),
  mutant('drafts-listed', 'drafts', 'drafts are listed (v1, v2) and counted', 'state.ts', 'return [...this.listedImages().values()].filter((i) => !i.draft);', 'return [...this.listedImages().values()];'),
  mutant('custom-id-overwrites', 'uniqueness', 'an upload with a taken custom id replaces the image', 'state.ts', "      if (d.images.has(image.id)) throw new ApiError(400, Codes.conflict, `An image with ID '${image.id}' already exists`, '/body/id');\n      d.images.set(image.id, image);\n      d.blobs.set(image.id, bytes);", '      d.images.set(image.id, image);\n      d.blobs.set(image.id, bytes);'),
  mutant('variant-name-overwrites', 'uniqueness', 'creating a variant with a taken name replaces it', 'state.ts', "      if (d.variants.has(variant.id)) throw new ApiError(400, Codes.conflict, `A variant named '${variant.id}' already exists`, '/body/id');\n", ''),
  mutant(
    'upload-url-reusable',
    'one_time_upload_urls',
    'an upload URL only checks its expiry: it can be used again, replacing the file',
    'data.ts',
    "  if (slot.status === 'used') throw new ApiError(409, Codes.conflict, 'This upload URL has already been used');\n  if (slot.status === 'expired' || slot.expiresMs <= now || !d.images.get(slot.imageId)?.draft)",
    '  if (slot.expiresMs <= now)',
  ),
];

const TAKEN = "throw new ApiError(400, Codes.conflict, `An image with ID '${image.id}' already exists`, '/body/id');\n      d.images.set(image.id, image);\n";

// Issue 19's kinds: time-based rules, conflicts across operations, replace versus merge, the
// answer of a write against what it stored, documented counts.
export const LATER_LIFECYCLE_MUTANTS: Mutant[] = [
  mutant(
    'upload-url-expiry-ignored',
    'one_time_upload_urls',
    "a direct upload's expiry is checked against the window but never applied: its upload URL takes a file for the default 30 minutes",
    'routes/images-v2.ts',
    '      expiresMs = Date.parse(body.expiry);\n      const seconds = (expiresMs - now) / 1000;\n',
    '      const seconds = (Date.parse(body.expiry) - now) / 1000;\n',
    { needs: "a file posted to an upload URL after its expiry, which is at least 2 minutes away: the run's --wait-expiry", runWith: { waitExpiry: true } },
  ),
  mutant(
    'direct-upload-over-image',
    'uniqueness',
    'a direct upload under a custom id a stored image has is accepted (only drafts are checked): the image turns back into a draft',
    'state.ts',
    `      if (d.images.has(image.id)) ${TAKEN}      d.uploads.set(slot.token, slot);`,
    `      if (d.images.get(image.id)?.draft) ${TAKEN}      d.uploads.set(slot.token, slot);`,
    { needs: 'a direct upload under the custom id of a stored image' },
  ),
  mutant(
    'upload-over-draft',
    'uniqueness',
    "an upload under a custom id a draft has is accepted (only stored images are checked): it replaces the draft",
    'state.ts',
    `      if (d.images.has(image.id)) ${TAKEN}      d.blobs.set(image.id, bytes);`,
    `      if (d.images.has(image.id) && !d.images.get(image.id)!.draft) ${TAKEN}      d.blobs.set(image.id, bytes);`,
    { needs: "an upload under the custom id of a direct upload's draft" },
  ),
  mutant('edit-merges-metadata', 'edits', "an image update's metadata is merged key by key into the old metadata instead of replacing it (UpdateImageBody: each field given replaces that field)", 'state.ts', 'if (patch.meta !== undefined) next.meta = patch.meta;', 'if (patch.meta !== undefined) next.meta = { ...image.meta, ...patch.meta };', {
    needs: 'an edit whose metadata leaves out a key the old metadata has',
  }),
  mutant('edit-answer-old-image', 'edits', "an edit's answer shows the image as it was before the edit (the edit is applied)", 'state.ts', '      d.images.set(id, next);\n      return { result: next };', '      d.images.set(id, next);\n      return { result: image };'),
  mutant('upload-answer-empty-metadata', 'ensure_resource_availability', "an upload's answer shows empty metadata (the metadata sent is stored)", 'routes/images.ts', 'return ok(success(presentImage(app, stored), { result_info: null }));', 'return ok(success(presentImage(app, { ...stored, meta: {} }), { result_info: null }));'),
  mutant(
    'create-variant-answer-default-metadata',
    'ensure_resource_availability',
    "createVariant's answer shows the metadata option as none whatever was sent (the option sent is stored)",
    'routes/variants.ts',
    '    return ok(success({ variant }));\n  },\n};\n\nexport const getVariant',
    "    return ok(success({ variant: { ...variant, options: { ...variant.options, metadata: 'none' } } }));\n  },\n};\n\nexport const getVariant",
  ),
  mutant('variants-101st-accepted', 'uniqueness', 'a 101st variant is accepted (> instead of >=): createVariant says an account has at most 100', 'state.ts', 'if (d.variants.size >= MAX_VARIANTS)', 'if (d.variants.size > MAX_VARIANTS)', {
    needs: 'variants created until the account has 100, then one more',
  }),
  mutant('variants-100th-refused', 'positive_data_acceptance', 'the 100th variant is refused (the limit counted one short): an account may have 100', 'state.ts', 'if (d.variants.size >= MAX_VARIANTS)', 'if (d.variants.size >= MAX_VARIANTS - 1)', {
    needs: 'variants created until the account has 100',
  }),
];
