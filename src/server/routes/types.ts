import type { RequestContext } from '../context.js';
import type { Reply } from '../http.js';

/** One operation's implementation. The `check*` hooks run before the generated validators, to give the documented messages. */
export interface Route {
  checkQuery?(query: Record<string, unknown>): void;
  checkBody?(body: Record<string, unknown>): void;
  handle(ctx: RequestContext): Promise<Reply> | Reply;
}

export const ok = (json: unknown): Reply => ({ status: 200, json });
