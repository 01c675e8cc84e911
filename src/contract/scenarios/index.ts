// The stateful phase's scenarios (registered, in the order they run, in phases/stateful.ts).
export { availability } from './availability.js';
export { deletion } from './deletion.js';
export { drafts } from './drafts.js';
export { edits } from './edits.js';
export { filters } from './filters.js';
export { linksWalk } from './links.js';
export { oneTimeUploadUrls } from './one-time-urls.js';
export { pagination } from './pagination.js';
export { existingResources } from './read-only.js';
export { signedDelivery } from './signed-delivery.js';
export { stats } from './stats.js';
export { uniqueness } from './uniqueness.js';
export { uploadRules } from './upload-rules.js';
