// The spec's OpenAPI links, evaluated: which requests a response leads to (`$response.body#/…`,
// `$request.path.…` runtime expressions). The stateful phase walks them; the cleanup uses the ones
// that lead from a creating response to a DELETE.
import { operations, type OperationId } from '../../../generated/operations.js';
import { resolveRef, specOperation, type Json } from '../../spec/document.js';
import { valueAt } from '../../spec/pointer.js';
import { responseKeyFor } from '../../spec/responses.js';

export interface Link {
  name: string;
  from: OperationId;
  /** The response key the link hangs on (`200`). */
  status: string;
  to: OperationId;
  /** Parameter name → runtime expression. */
  parameters: Record<string, string>;
  description?: string;
  /** `x-cf-upload-url`: where the one-time upload URL of a direct upload is in the response. */
  uploadUrl?: string;
}

let all: Link[] | undefined;

/** Every link of the spec. */
export function specLinks(): readonly Link[] {
  all ??= Object.keys(operations).flatMap((from) =>
    Object.entries<Json>(specOperation(from).operation.responses ?? {}).flatMap(([status, response]) =>
      Object.entries<Json>(resolveRef(response).links ?? {}).map(([name, raw]) => {
        const link = resolveRef(raw);
        return {
          name,
          from: from as OperationId,
          status,
          to: link.operationId as OperationId,
          parameters: link.parameters ?? {},
          description: link.description,
          uploadUrl: link['x-cf-upload-url'],
        };
      }),
    ),
  );
  return all;
}

/**
 * The links of the response documented for `status`. A 2xx the spec does not document (a 201 for a
 * documented 200) still created what the documented success would have: it gets that one's links.
 */
export const linksFrom = (operationId: string, status: number): Link[] => {
  const key =
    responseKeyFor(operationId, status) ??
    (status >= 200 && status < 300 ? specLinks().find((l) => l.from === operationId && l.status.startsWith('2'))?.status : undefined);
  return specLinks().filter((l) => l.from === operationId && l.status === key);
};

export interface ResolvedRequest {
  body: unknown;
  path: Record<string, string>;
}

/** The value of a runtime expression against an exchange, or undefined when it does not resolve. */
export function evaluate(expression: string, exchange: { request: ResolvedRequest; response: { body: unknown } }): unknown {
  const body = /^\$response\.body#(.*)$/.exec(expression);
  if (body) return valueAt(exchange.response.body, body[1]);
  const path = /^\$request\.path\.(.+)$/.exec(expression);
  if (path) return exchange.request.path[path[1]];
  const requestBody = /^\$request\.body#(.*)$/.exec(expression);
  if (requestBody) return valueAt(exchange.request.body, requestBody[1]);
  return undefined;
}

/** The path parameters a link gives its target, or undefined when one does not resolve to a string. */
export function linkedPath(link: Link, exchange: { request: ResolvedRequest; response: { body: unknown } }): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const [name, expression] of Object.entries(link.parameters)) {
    const value = evaluate(expression, exchange);
    if (typeof value !== 'string' || value === '') return undefined;
    out[name] = value;
  }
  return out;
}

/** Links from a creating operation (POST/PUT) to a DELETE: how to remove what the response says was created. */
export const isCleanupLink = (link: Link) => ['POST', 'PUT'].includes(operations[link.from].method) && operations[link.to].method === 'DELETE';
