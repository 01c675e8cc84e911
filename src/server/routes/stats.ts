// /accounts/{account_id}/images/v1/stats
import { success } from '../http.js';
import { ok, type Route } from './types.js';

export const getImageStats: Route = {
  handle: ({ app }) => ok(success({ count: { allowed: app.allowedImages, current: app.state.completeImages().length } })),
};
