// /accounts/{account_id}/images/v1/keys[/{signing_key_name}]
import { success } from '../envelope.js';
import { ok } from '../reply.js';
import type { OperationHandler } from './types.js';

export const listSigningKeys: OperationHandler<'listSigningKeys'> = {
  handle: ({ app }) => ok(success({ keys: app.state.keys })),
};

export const createSigningKey: OperationHandler<'createSigningKey'> = {
  handle: async ({ app, path }) => ok(success({ keys: await app.state.putKey(path.signing_key_name) })),
};

export const deleteSigningKey: OperationHandler<'deleteSigningKey'> = {
  handle: async ({ app, path }) => ok(success({ keys: await app.state.deleteKey(path.signing_key_name) })),
};
