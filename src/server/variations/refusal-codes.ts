// refusal-codes: refusals answered with other statuses of the documented class. Every operation
// documents 4XX, so any 4xx is a documented refusal; credentials stay 401/403 (403 here), the rate
// limit stays 429. Delivery and upload URLs are not the API and document no status at all.
import { Codes } from '../errors.js';
import type { Reply } from '../reply.js';
import type { ApiReplyContext, OtherRoute } from './hooks.js';
import type { Variation } from './variation.js';

const withStatus = (reply: Reply, status: number): Reply => ({ ...reply, status });
const codeOf = (reply: Reply): number | undefined => ('json' in reply ? (reply.json as { errors?: { code?: number }[] })?.errors?.[0]?.code : undefined);

function apiRefusal(reply: Reply, { operationId, path, state }: ApiReplyContext): Reply {
  const code = codeOf(reply);
  if (reply.status === 401) return withStatus(reply, 403);
  if (reply.status === 400) return withStatus(reply, code === Codes.conflict ? 409 : 422);
  if (reply.status === 415) return withStatus(reply, 422);
  if (reply.status !== 404 || code !== Codes.notFound) return reply;
  // The blob of an image whose direct upload has not completed: the image exists, its file does not.
  const draft = operationId === 'getImageBlob' && path?.image_id !== undefined && state.images.get(path.image_id)?.draft;
  return withStatus(reply, draft ? 409 : 410);
}

const OTHER: Record<OtherRoute, Record<number, number>> = {
  upload: { 200: 201, 400: 422, 404: 410, 409: 410, 415: 422 },
  delivery: { 400: 422, 403: 401, 404: 410 },
  none: {},
};

export const refusalCodes: Variation = {
  name: 'refusal-codes',
  exercises: 'open:refusal-status',
  summary: '410 gone, 409 draft blob or conflict, 422 data or media type, 403 credentials, 201 upload URL, 401/410 delivery',
  install(hooks) {
    hooks.apiReplies.push(apiRefusal);
    hooks.otherReplies.push((reply, route) => withStatus(reply, OTHER[route][reply.status] ?? reply.status));
  },
};
