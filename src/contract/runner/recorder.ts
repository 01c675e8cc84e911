import type { Middleware } from 'openapi-fetch';
import { checkResponse, type Violation } from '../check.js';
import { findOperation } from '../../spec/route.js';

/** One request/response the contract run made, with the checker's verdict. */
export interface Exchange {
  operationId: string;
  method: string;
  /** Path and query only: the report never carries hosts' credentials or headers. */
  path: string;
  status: number;
  latencyMs: number;
  violations: Violation[];
}

/**
 * An openapi-fetch middleware that times every exchange and runs the conformance checker on a
 * clone of each response, so the client under test still reads the original.
 */
export function exchangeRecorder(basePath: string) {
  const exchanges: Exchange[] = [];
  const started = new Map<Request, number>();
  const pending: Promise<void>[] = [];
  const middleware: Middleware = {
    onRequest: ({ request }) => void started.set(request, performance.now()),
    onResponse: ({ request, response }) => {
      const latencyMs = performance.now() - (started.get(request) ?? performance.now());
      const url = new URL(request.url);
      const match = findOperation(request.method, request.url, { basePath });
      const copy = response.clone();
      const record = (violations: Violation[]) =>
        void exchanges.push({ operationId: match?.operationId ?? 'unknown', method: request.method, path: url.pathname + url.search, status: copy.status, latencyMs, violations });
      pending.push(
        copy.arrayBuffer().then(
          (buffer) => {
            const bytes = new Uint8Array(buffer);
            record(
              match
                ? checkResponse(
                    { operationId: match.operationId, method: request.method, url: request.url, status: copy.status, headers: copy.headers, bytes, rawBodyText: new TextDecoder().decode(bytes) },
                    { basePath },
                  )
                : [],
            );
          },
          // A body reset mid-read: the exchange is still reported, as a failure (the error's
          // message is not: it may quote what was read).
          (error: unknown) =>
            record([
              {
                operationId: match?.operationId ?? 'unknown',
                check: 'response_schema_conformance',
                location: 'body',
                pointer: '',
                message: `the body could not be read: ${error instanceof Error ? error.name : typeof error}`,
                value: undefined,
              },
            ]),
        ),
      );
    },
  };
  return { middleware, exchanges, settled: () => Promise.all(pending.splice(0)) };
}
