// Reads of what the account holds in sum: the v1 list (by creator), the v2 list (by creator, the
// run's tag and one metadata filter) and stats — each may show a write late (`open:read-after-write`),
// so each is retried within the settle window.
import { filterRules } from '../../../spec/filters.js';
import { verdict, filterQueryKey, filterQueryValue, type FilterChoice } from '../../scenarios/filter-verdict.js';
import type { Model } from '../model.js';
import type { Real } from '../real.js';
import { expectation, type Command } from './kit.js';

/** Large enough for every image a sequence creates (both lists' `per_page` allow it). */
const PAGE = 100;

export class ListV1 implements Command {
  constructor(readonly creator: number) {}

  check = () => true;

  async run(m: Model, r: Real): Promise<void> {
    const creator = m.naming.creators[this.creator % m.naming.creators.length];
    const label = `list v1 by creator ${creator}`;
    const send = () => r.api('listImages', label, { query: { creator, per_page: PAGE } });
    const ids = (pred: (i: Model['images'][number]) => boolean) => m.images.filter(pred).map((i) => i.id);
    const stored = ids((i) => i.state === 'stored' && i.creator === creator);
    const pointer = '/result/images';
    await r.expect(
      label,
      await send(),
      [
        expectation(
          'ensure_resource_availability',
          ['uploadImage.stored', 'listImages.stored-only', 'open:read-after-write'],
          `the v1 list shows the stored images of ${creator}`,
          [
            { kind: 'status', is: '2xx' },
            { kind: 'members', pointer, by: 'id', include: stored, exclude: [] },
          ],
          true,
        ),
        expectation(
          'use_after_free',
          ['deleteImage.gone', 'open:read-after-write'],
          'the v1 list leaves deleted images out',
          [{ kind: 'members', pointer, by: 'id', include: [], exclude: ids((i) => i.state === 'deleted' && !m.imageById(i.id)) }],
          true,
        ),
        expectation(
          'drafts',
          ['listImages.stored-only', 'open:read-after-write'],
          'the v1 list leaves drafts out',
          [{ kind: 'members', pointer, by: 'id', include: [], exclude: ids((i) => i.state === 'draft') }],
          true,
        ),
        expectation(
          'filters',
          ['listImages.creator', 'open:read-after-write'],
          `the v1 list leaves out images of other creators than ${creator}`,
          [{ kind: 'members', pointer, by: 'id', include: [], exclude: ids((i) => i.state === 'stored' && i.creator !== creator) }],
          true,
        ),
      ],
      {},
      send,
    );
  }

  toString = () => `ListV1(creator ${this.creator})`;
}

export class ListV2 implements Command {
  constructor(
    readonly creator: number,
    readonly filter: FilterChoice | null,
  ) {}

  check = () => true;

  async run(m: Model, r: Real): Promise<void> {
    const creator = m.naming.creators[this.creator % m.naming.creators.length];
    const { field, value } = m.naming.tag;
    const meta: Record<string, string> = { [`${filterRules.keyPrefix}${field}[eq]`]: value };
    if (this.filter) meta[filterQueryKey(this.filter)] = filterQueryValue(this.filter);
    const label = `list v2 by creator ${creator}${this.filter ? ` and ${filterQueryKey(this.filter)}=${filterQueryValue(this.filter)}` : ''}`;
    const send = () => r.api('listImagesV2', label, { query: { creator, per_page: PAGE, meta } });
    const stored = m.images.filter((i) => i.state === 'stored');
    const mine = stored.filter((i) => i.creator === creator);
    const filter = this.filter;
    const selected = (v: 'yes' | 'no') => mine.filter((i) => (filter ? verdict(i.meta, filter) === v : v === 'yes')).map((i) => i.id);
    const pointer = '/result/images';
    await r.expect(
      label,
      await send(),
      [
        expectation(
          'ensure_resource_availability',
          ['uploadImage.stored', 'listImagesV2.stored-only', 'open:read-after-write'],
          'the v2 list shows every stored image the query selects',
          [
            { kind: 'status', is: '2xx' },
            { kind: 'members', pointer, by: 'id', include: selected('yes'), exclude: [] },
          ],
          true,
        ),
        expectation(
          'filters',
          ['listImagesV2.filters', 'open:untyped-equality', 'open:read-after-write'],
          'the v2 list leaves out what the creator or the filter does not select',
          [{ kind: 'members', pointer, by: 'id', include: [], exclude: [...selected('no'), ...stored.filter((i) => i.creator !== creator).map((i) => i.id)] }],
          true,
        ),
        expectation(
          'use_after_free',
          ['deleteImage.gone', 'open:read-after-write'],
          'the v2 list leaves deleted images out',
          [{ kind: 'members', pointer, by: 'id', include: [], exclude: m.images.filter((i) => i.state === 'deleted' && !m.imageById(i.id)).map((i) => i.id) }],
          true,
        ),
        expectation(
          'drafts',
          ['listImagesV2.stored-only', 'open:read-after-write'],
          'the v2 list leaves drafts out',
          [{ kind: 'members', pointer, by: 'id', include: [], exclude: m.images.filter((i) => i.state === 'draft').map((i) => i.id) }],
          true,
        ),
      ],
      {},
      send,
    );
  }

  toString = () => `ListV2(creator ${this.creator}${this.filter ? `, ${filterQueryKey(this.filter)}=${filterQueryValue(this.filter)}` : ''})`;
}

/**
 * Stats: `count.current` is some baseline (what the account held besides this sequence) plus the
 * stored images, plus the drafts or not (`open:drafts-in-stats`). The baseline is never assumed:
 * each read narrows the range of baselines consistent with every read so far; a read with no
 * consistent baseline left is a count that did not move with the writes.
 */
export class Stats implements Command {
  check = () => true;

  async run(m: Model, r: Real): Promise<void> {
    const label = 'get the stats';
    const send = () => r.api('getImageStats', label);
    const stored = m.imagesIn('stored').length;
    const drafts = m.imagesIn('draft').length;
    const [low, high] = m.statsBaseline;
    const facts = [
      { kind: 'status', is: '2xx' } as const,
      { kind: 'between', pointer: '/result/count/current', min: low + stored, max: high + stored + drafts } as const,
    ];
    const answer = await r.expect(
      label,
      await send(),
      [
        expectation(
          'stats',
          ['getImageStats.counts', 'open:drafts-in-stats', 'open:read-after-write'],
          `count.current is ${stored} stored image(s) (and maybe ${drafts} draft(s)) above the account's other images`,
          facts,
          true,
        ),
      ],
      {},
      send,
    );
    const current = (answer.json as { result: { count: { current: number } } }).result.count.current;
    m.statsBaseline = [Math.max(low, current - stored - drafts), Math.min(high, current - stored)];
  }

  toString = () => 'Stats()';
}
