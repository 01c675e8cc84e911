// envelope-info: every success envelope says more than it must: `result_info` an object (the
// page's `count` for lists) where the server sends null or nothing, and an informational entry
// in `messages`. SuccessEnvelope types result_info as object or null and messages as ResponseInfo[].
import type { Reply } from '../reply.js';
import type { Variation } from './variation.js';

const INFO_MESSAGE = { code: 1000, message: 'Served by a local server variation (envelope-info)' };

function informative(reply: Reply): Reply {
  if (!('json' in reply) || (reply.json as { success?: unknown })?.success !== true) return reply;
  const envelope = reply.json as { result: unknown; result_info?: unknown; messages: unknown[] };
  const images = (envelope.result as { images?: unknown[] } | null)?.images;
  const resultInfo = envelope.result_info ?? (Array.isArray(images) ? { count: images.length } : {});
  return { ...reply, json: { ...envelope, messages: [...envelope.messages, INFO_MESSAGE], result_info: resultInfo } };
}

export const envelopeInfo: Variation = {
  name: 'envelope-info',
  exercises: '#/components/schemas/SuccessEnvelope',
  summary: 'success envelopes carry a result_info object and an informational message',
  install(hooks) {
    hooks.apiReplies.push(informative);
    hooks.otherReplies.push(informative);
  },
};
