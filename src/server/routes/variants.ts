// /accounts/{account_id}/images/v1/variants[/{variant_id}]
import { success } from '../envelope.js';
import { ok } from '../reply.js';
import type { OperationHandler } from './types.js';

export const listVariants: OperationHandler<'listVariants'> = {
  handle: ({ app }) => ok(success({ variants: Object.fromEntries(app.state.variants) })),
};

export const createVariant: OperationHandler<'createVariant'> = {
  async handle({ app, body }) {
    const variant = await app.state.createVariant({ id: body.id, options: body.options, neverRequireSignedURLs: body.neverRequireSignedURLs ?? false });
    return ok(success({ variant }));
  },
};

export const getVariant: OperationHandler<'getVariant'> = {
  handle: ({ app, path }) => ok(success({ variant: app.state.getVariant(path.variant_id) })),
};

export const updateVariant: OperationHandler<'updateVariant'> = {
  async handle({ app, path, body }) {
    // Without the flag the variant keeps it, unless the variant-flag-reset variation is on.
    const neverRequireSignedURLs = body.neverRequireSignedURLs ?? (app.variation.resetVariantFlag ? false : undefined);
    const variant = await app.state.updateVariant(path.variant_id, { options: body.options, neverRequireSignedURLs });
    return ok(success({ variant }));
  },
};

export const deleteVariant: OperationHandler<'deleteVariant'> = {
  async handle({ app, path }) {
    await app.state.deleteVariant(path.variant_id);
    return ok(success({}));
  },
};
