// /accounts/{account_id}/images/v1/stats
import { success } from '../envelope.js';
import { ok } from '../reply.js';
import type { Route } from './types.js';

export const getImageStats: Route<'getImageStats'> = {
  handle: ({ app }) => ok(success({ count: { allowed: app.allowedImages, current: app.state.completeImages().length } })),
};
