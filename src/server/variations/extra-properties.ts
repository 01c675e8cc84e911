// extra-properties: every response object whose schema leaves it open carries one more property.
import { componentSchema, resolveRef, specOperation, type Json } from '../../spec/document.js';
import { responseKeyFor } from '../../spec/responses.js';
import type { Reply } from '../reply.js';
import { withExtraProperty } from './open-objects.js';
import type { Variation } from './variation.js';

export const EXTRA_NAME = 'x_variation';
const EXTRA_VALUE = 'x-variation-extra';

/** The JSON schema of the operation's documented response for `status`, if it has one. */
function responseSchema(operationId: string, status: number): Json | undefined {
  const key = responseKeyFor(operationId, status);
  const response = key === undefined ? undefined : specOperation(operationId).operation.responses[key];
  return response && resolveRef(response).content?.['application/json']?.schema;
}

const extended = (reply: Reply, schema: Json | undefined): Reply =>
  'json' in reply && schema ? { ...reply, json: withExtraProperty(reply.json, schema, EXTRA_NAME, EXTRA_VALUE) } : reply;

export const extraProperties: Variation = {
  name: 'extra-properties',
  exercises: 'open:extra-properties',
  summary: `"${EXTRA_NAME}" in every JSON object whose schema leaves it open`,
  install(hooks) {
    hooks.apiReplies.push((reply, { operationId }) => extended(reply, responseSchema(operationId, reply.status)));
    hooks.otherReplies.push((reply, route) => extended(reply, componentSchema(route === 'upload' && reply.status < 400 ? 'ImageEnvelope' : 'Failure')));
  },
};
