// What the run created, found from the responses themselves (the spec's links from a creating
// response to a DELETE — also when a server wrongly accepted a request it should have refused),
// and removed at the end as the reported `cleanup` step.
import type { OperationId } from '../../../generated/operations.js';
import type { CleanupSummary } from '../model/report.js';
import { isCleanupLink, linkedPath, linksFrom } from './links.js';
import type { Case } from '../model/case.js';
import type { Exchange } from '../model/exchange.js';
import { is2xx } from '../checks/status-class.js';

interface Created {
  /** The DELETE that removes it. */
  operationId: OperationId;
  path: Record<string, string>;
  /** What created it, for the report. */
  by: string;
}

const keyOf = (operationId: string, path: Record<string, string>) => `${operationId} ${JSON.stringify(Object.entries(path).sort())}`;

export class Resources {
  readonly #created = new Map<string, Created>();
  readonly #deleted = new Set<string>();

  constructor(private readonly send: (c: Case) => Promise<Exchange>) {}

  /** Called for every exchange: a 2xx of a creating operation registers what its cleanup links lead to; a 2xx DELETE unregisters. */
  noteExchange(x: Exchange): void {
    if (x.status < 200 || x.status >= 300 || x.operationId === 'unknown') return;
    const key = keyOf(x.operationId, x.sent.path);
    if (this.#created.has(key)) this.#deleted.add(key);
    for (const link of linksFrom(x.operationId, x.status).filter(isCleanupLink)) {
      const path = linkedPath(link, { request: x.sent, response: { body: x.json } });
      if (!path) continue;
      const full = { account_id: x.sent.path.account_id, ...path };
      const created = keyOf(link.to, full);
      this.#created.set(created, { operationId: link.to, path: full, by: `${x.operationId} (${x.label})` });
      this.#deleted.delete(created);
    }
  }

  /** Whether the run still holds something it created (not yet deleted). */
  get pending(): Created[] {
    return [...this.#created].filter(([key]) => !this.#deleted.has(key)).map(([, c]) => c);
  }

  /** A mark to clean up to: what is created after it can be deleted on its own (`cleanup(mark)`). */
  mark(): ReadonlySet<string> {
    return new Set(this.#created.keys());
  }

  /**
   * Deletes, newest first, everything created (after `since`, when given) and not yet deleted; a
   * 404 means it is already gone. The fuzz phase cleans up after every request it sends, so the
   * next one (a shrunk copy with the same names, say) meets the state the first one met.
   */
  async cleanup(since?: ReadonlySet<string>): Promise<CleanupSummary> {
    const pending = [...this.#created].filter(([key]) => !this.#deleted.has(key) && !since?.has(key)).reverse();
    const leftBehind: string[] = [];
    for (const [key, created] of pending) {
      const { account_id: _, ...path } = created.path;
      try {
        const x = await this.send({
          operationId: created.operationId,
          phase: 'stateful',
          purpose: 'positive',
          label: `cleanup of what ${created.by} created`,
          path,
        });
        // Gone already counts: 404 or 410, whichever the server answers for what it no longer has (the spec pins neither).
        if (is2xx(x.status) || x.status === 404 || x.status === 410) this.#deleted.add(key);
        else leftBehind.push(`${created.operationId} ${JSON.stringify(path)} (HTTP ${x.status})`);
      } catch (error) {
        leftBehind.push(`${created.operationId} ${JSON.stringify(path)} (${error instanceof Error ? error.message : String(error)})`);
      }
    }
    const created = since ? pending.length : this.#created.size;
    return { created, deleted: created - leftBehind.length, leftBehind };
  }
}
