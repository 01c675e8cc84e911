// The spec's OpenAPI links, walked from what the run creates, so the spec alone says which
// requests follow which: from each creating response, the links to reads answer 2xx (a direct
// upload's once before and once after its file is posted to the link's `x-cf-upload-url`), the
// links to writes too (with the target's request example), then the link to the DELETE, after
// which the reads answer 404.
import { operations, type OperationId } from '../../../generated/operations.js';
import { evaluate, linkedPath, specLinks, linksFrom, type Link } from '../engine/links.js';
import { describeError } from '../engine/describe-error.js';
import type { Exchange } from '../engine/session.js';
import type { RunCheckName } from '../checks/registry.js';
import { creatorFor, expectStatus, lastRequest, nameFor, outcome, send, tagged, upload, writingScenario, type Ctx } from './kit.js';
import { is2xx } from '../checks/status-class.js';
import { postToUploadUrl, UPLOAD_URL } from './urls.js';
import { requestExample } from './spec.js';

const SCOPE = 'links';

/** How the walk makes each operation the spec's links start from answer with something created. */
export const CREATE: Partial<Record<OperationId, (ctx: Ctx) => Promise<unknown>>> = {
  uploadImage: (ctx) => upload(ctx, SCOPE),
  createVariant: (ctx) => ctx.session.client.images.v1.variants.create({ ...requestExample('createVariant'), id: nameFor(ctx, 'links') }),
  createSigningKey: (ctx) => ctx.session.client.images.v1.keys.update(nameFor(ctx, 'links')),
  createDirectUpload: (ctx) => ctx.session.client.images.v2.directUploads.create({ creator: creatorFor(ctx, SCOPE), metadata: tagged(ctx) }),
};

/** The operations the spec's links start from. */
export const linkSources = () => [...new Set(specLinks().map((l) => l.from))];

interface Followed {
  link: Link;
  path: Record<string, string>;
}

/** Sends the link's target; records whether it answered as it should: 2xx while the resource lives, 404 after its DELETE. */
async function follow(ctx: Ctx, { link, path }: Followed, when: string, check: RunCheckName): Promise<boolean> {
  const gone = check === 'use_after_free';
  const label = `link ${link.from} → ${link.name}${when}`;
  const body = operations[link.to].requestBody ? { kind: 'json' as const, value: requestExample(link.to) } : undefined;
  const x = await send(ctx, link.to, label, { path, body });
  expectStatus(ctx, check, link.to, label, x, gone ? 'a refusal' : 'a 2xx');
  return is2xx(x.status);
}

async function walk(ctx: Ctx, created: Exchange): Promise<void> {
  const exchange = { request: created.sent, response: { body: created.json } };
  const followed: Followed[] = [];
  for (const link of linksFrom(created.operationId, created.status)) {
    const path = linkedPath(link, exchange);
    if (path) followed.push({ link, path });
    else
      outcome(ctx, 'ensure_resource_availability', created.operationId, `link ${link.from} → ${link.name}`, {
        message: `the response gives no value for the link's parameters ${JSON.stringify(link.parameters)}`,
        expected: 'every link of a 2xx resolves',
        request: created.request,
      });
  }
  const method = (f: Followed) => operations[f.link.to].method;
  const reads = followed.filter((f) => method(f) === 'GET');
  for (const f of reads) await follow(ctx, f, '', 'ensure_resource_availability');
  for (const f of followed.filter((f) => f.link.uploadUrl)) {
    const uploadURL = evaluate(f.link.uploadUrl!, exchange);
    const label = `link ${f.link.from} → ${f.link.name}: post the file to its x-cf-upload-url`;
    if (typeof uploadURL !== 'string') {
      outcome(ctx, 'ensure_resource_availability', created.operationId, label, {
        message: `the response has no upload URL at ${f.link.uploadUrl}`,
        request: created.request,
      });
      continue;
    }
    expectStatus(ctx, 'ensure_resource_availability', UPLOAD_URL, label, await postToUploadUrl(ctx, uploadURL), 'a 2xx');
    for (const r of reads) await follow(ctx, r, ' (after the file was posted)', 'ensure_resource_availability');
  }
  for (const f of followed.filter((f) => !['GET', 'DELETE'].includes(method(f)))) await follow(ctx, f, '', 'ensure_resource_availability');
  let deleted = false;
  for (const f of followed.filter((f) => method(f) === 'DELETE')) deleted = (await follow(ctx, f, '', 'ensure_resource_availability')) || deleted;
  if (deleted) for (const r of reads) await follow(ctx, r, ' (after the DELETE)', 'use_after_free');
}

export const linksWalk = writingScenario({
  name: 'links walk',
  checks: ['ensure_resource_availability', 'use_after_free'],
  async run(ctx) {
    for (const operationId of linkSources()) {
      const create = CREATE[operationId];
      if (!create) continue;
      ctx.progress(`stateful › links walk › ${operationId}`);
      const before = ctx.session.exchanges.length;
      try {
        await create(ctx);
      } catch (error) {
        // Nothing to walk from this operation; the others still have their links walked.
        outcome(ctx, 'ensure_resource_availability', operationId, `links walk: create something with ${operationId}`, {
          message: `could not: ${describeError(error)}`,
          request: lastRequest(ctx, operationId),
        });
        continue;
      }
      const created = ctx.session.exchanges.slice(before).findLast((x) => x.operationId === operationId);
      if (created) await walk(ctx, created);
    }
  },
});
