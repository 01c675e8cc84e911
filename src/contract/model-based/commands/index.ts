// The commands of the model-based phase as fast-check arbitraries: every operation of the spec, the
// delivery URLs and the one-time upload URLs, with what they address drawn from what exists, what
// was deleted, and what is taken.
import fc from 'fast-check';
import { filterRules, isListKind, scalarKind, type FilterOperator, type FilterValueKind } from '../../../spec/filters.js';
import type { FilterChoice } from '../../scenarios/filter-verdict.js';
import type { Model } from '../model.js';
import type { Real } from '../real.js';
import { COLORS, FILES, type Command, type MetaChoice } from './kit.js';
import { CreateDirectUpload, PostToUploadUrl } from './direct-uploads.js';
import { Deliver } from './delivery.js';
import { DeleteImage, GetBlob, GetImage, UpdateImage, UploadImage } from './images.js';
import { CreateKey, DeleteKey, ListKeys } from './keys.js';
import { ListV1, ListV2, Stats } from './lists.js';
import { CreateVariant, DeleteVariant, GetVariant, ListVariants, UpdateVariant } from './variants.js';

const index = fc.nat({ max: 7 });
const creator = fc.nat({ max: 1 });
const state = fc.constantFrom('stored' as const, 'draft' as const, 'deleted' as const);
/** `color` is sometimes left out: an empty filter value must not select an image without the field. */
const meta: fc.Arbitrary<MetaChoice> = fc.record({
  color: fc.option(fc.constantFrom(...COLORS), { nil: undefined, freq: 5 }),
  size: fc.integer({ min: 1, max: 3 }),
  nested: fc.boolean(),
});
/** Mostly a new id or name; now and then one that is taken (which must be refused). */
const reuse = fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: index });
const options = fc.record({
  fit: fc.nat({ max: 9 }),
  metadata: fc.nat({ max: 9 }),
  width: fc.integer({ min: 1, max: 2000 }),
  height: fc.integer({ min: 1, max: 2000 }),
});
const never = fc.option(fc.boolean(), { nil: undefined });

/** Values for a filter on one of the model's metadata fields, by the kind the spec gives the operator. */
function filterValues(field: string, kind: string): fc.Arbitrary<string[]> {
  const scalar = scalarKind(kind as FilterValueKind);
  const strings = fc.constantFrom(...COLORS.map(String), '1', '2');
  const numbers = fc.constantFrom('1', '2', '3', '2.0');
  const one = scalar === 'number' ? numbers : scalar === 'boolean' ? fc.constantFrom('true', 'false') : field === 'color' ? strings : numbers;
  return isListKind(kind) ? fc.uniqueArray(one, { minLength: 1, maxLength: 3 }) : one.map((v) => [v]);
}

const filter: fc.Arbitrary<FilterChoice> = fc
  .record({ field: fc.constantFrom('color', 'size', 'shape.edges'), operator: fc.constantFrom(...(Object.keys(filterRules.operators) as FilterOperator[])) })
  .chain(({ field, operator }) => filterValues(field, filterRules.operators[operator]).map((values) => ({ field, operator, values })));

const edit = fc.record({ meta, creator, requireSigned: fc.boolean() }, { requiredKeys: [] }).filter((e) => Object.keys(e).length > 0);

const updateImage = fc
  .tuple(fc.constantFrom('stored' as const, 'stored' as const, 'deleted' as const), index, edit)
  .map(([s, n, e]) => new UpdateImage(s, n, e));
const updateVariant = fc.tuple(index, options, never).map(([n, o, nv]) => new UpdateVariant(n, o, nv));
const postFile = fc.tuple(fc.boolean(), index, fc.nat({ max: FILES.length - 1 })).map(([a, n, f]) => new PostToUploadUrl(a, n, f));
const createVariant = fc.tuple(reuse, options, never).map(([r, o, nv]) => new CreateVariant(r, o, nv));
const upload = fc
  .tuple(fc.boolean(), reuse, meta, fc.nat({ max: FILES.length - 1 }), fc.boolean(), creator)
  .map(([c, r, m, f, s, cr]) => new UploadImage(c, r, m, f, s, cr));
const directUpload = fc
  .tuple(fc.boolean(), reuse, meta, fc.boolean(), fc.boolean(), creator)
  .map(([c, r, m, s, e, cr]) => new CreateDirectUpload(c, r, m, s, e, cr));

/** Creating commands come more often: most others need something to address. */
export const COMMANDS: fc.Arbitrary<Command>[] = [
  upload,
  upload,
  upload,
  directUpload,
  directUpload,
  fc.tuple(state, index).map(([s, n]) => new GetImage(s, n)),
  fc.tuple(state, index).map(([s, n]) => new GetBlob(s, n)),
  updateImage,
  updateImage,
  fc.tuple(state, index).map(([s, n]) => new DeleteImage(s, n)),
  creator.map((c) => new ListV1(c)),
  fc.tuple(creator, fc.option(filter, { freq: 3 })).map(([c, f]) => new ListV2(c, f)),
  fc.constant(new Stats()),
  directUpload,
  postFile,
  postFile,
  createVariant,
  createVariant,
  fc.tuple(fc.boolean(), index).map(([l, n]) => new GetVariant(l, n)),
  fc.constant(new ListVariants()),
  updateVariant,
  updateVariant,
  fc.tuple(fc.boolean(), index).map(([l, n]) => new DeleteVariant(l, n)),
  fc.constant(new CreateKey()),
  fc.constant(new CreateKey()),
  fc.constant(new ListKeys()),
  fc.tuple(fc.boolean(), index).map(([l, n]) => new DeleteKey(l, n)),
  fc
    .tuple(
      state,
      index,
      fc.constantFrom('default' as const, 'live' as const, 'deleted' as const),
      index,
      fc.constantFrom('none' as const, 'valid' as const, 'deleted-key' as const, 'expired' as const),
      index,
    )
    .map(([s, n, v, vn, sg, kn]) => new Deliver(s, n, v, vn, sg, kn)),
];

/**
 * After a sequence, the drafts' files posted, then every read the model can predict, once: each image (stored, draft, deleted),
 * its blob and its delivery (unsigned, and signed when there is a key), every variant, a second
 * file to every upload URL that took one, both lists for both creators, stats, variants and keys — so a write whose effect
 * no later command happened to read is still seen.
 */
export async function audit(m: Model, r: Real): Promise<void> {
  const reads: Command[] = [];
  // Drafts get their file first, so that what follows reads them complete, and their URLs are tried again.
  for (const _ of m.uploads.filter((u) => !u.used && !u.orphaned)) await new PostToUploadUrl(false, 0, 1).run(m, r);
  for (const state of ['stored', 'draft', 'deleted'] as const) {
    m.imagesIn(state).forEach((_, n) =>
      reads.push(
        new GetImage(state, n),
        new GetBlob(state, n),
        new Deliver(state, n, 'default', 0, 'none', 0),
        new Deliver(state, n, 'default', 0, 'valid', n),
      ),
    );
  }
  m.uploads.forEach((_, n) => reads.push(new PostToUploadUrl(true, n, 0)));
  m.variants.forEach((_, n) => reads.push(new GetVariant(true, n), new GetVariant(false, n)));
  // Each stored image as each variant, live and deleted; each image that requires signatures signed with each deleted key.
  m.imagesIn('stored').forEach((_, n) =>
    m.variants.forEach((_v, k) => reads.push(new Deliver('stored', n, 'live', k, 'none', 0), new Deliver('stored', n, 'deleted', k, 'none', 0))),
  );
  m.imagesIn('stored').forEach((_, n) => m.keys.forEach((_k, k) => reads.push(new Deliver('stored', n, 'default', 0, 'deleted-key', k))));
  for (const c of m.naming.creators.keys()) reads.push(new ListV1(c), new ListV2(c, null));
  reads.push(new Stats(), new ListVariants(), new ListKeys());
  for (const read of reads) if (read.check(m)) await read.run(m, r);
}
