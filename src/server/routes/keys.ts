// /accounts/{account_id}/images/v1/keys[/{signing_key_name}]
import { success } from '../envelope.js';
import { ok } from '../reply.js';
import type { Route } from './types.js';

export const listSigningKeys: Route<'listSigningKeys'> = {
  handle: ({ app }) => ok(success({ keys: app.state.keys })),
};

export const createSigningKey: Route<'createSigningKey'> = {
  handle: async ({ app, path }) => ok(success({ keys: await app.state.putKey(path.signing_key_name) })),
};

export const deleteSigningKey: Route<'deleteSigningKey'> = {
  handle: async ({ app, path }) => ok(success({ keys: await app.state.deleteKey(path.signing_key_name) })),
};
