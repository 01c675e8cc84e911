// /accounts/{account_id}/images/v1/keys[/{signing_key_name}]
import { success } from '../http.js';
import { ok, type Route } from './types.js';

export const listSigningKeys: Route = {
  handle: ({ app }) => ok(success({ keys: app.state.keys })),
};

export const createSigningKey: Route = {
  handle: async ({ app, path }) => ok(success({ keys: await app.state.putKey(path.signing_key_name) })),
};

export const deleteSigningKey: Route = {
  handle: async ({ app, path }) => ok(success({ keys: await app.state.deleteKey(path.signing_key_name) })),
};
