// /accounts/{account_id}/images/v1/stats
import type { AppContext } from '../context.js';
import { success } from '../envelope.js';
import { ok } from '../reply.js';
import type { OperationHandler } from './types.js';

/** Drafts the stats count too: none, unless the drafts-counted variation is on. */
const countedDrafts = (app: AppContext) => (app.variation.draftsCounted ? [...app.state.listedImages().values()].filter((i) => i.draft).length : 0);

export const getImageStats: OperationHandler<'getImageStats'> = {
  handle: ({ app }) => ok(success({ count: { allowed: app.allowedImages, current: app.state.completeImages().length + countedDrafts(app) } })),
};
