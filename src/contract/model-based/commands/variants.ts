// Commands on variants: create (a new name, or a taken one — the account's default variant
// included), read, list, update and delete, live and deleted, each predicted from the model.
import { facts } from '../../../../generated/operations.js';
import { componentSchema } from '../../../spec/document.js';
import { MAX_VARIANTS } from '../../../spec/variant-limit.js';
import type { Fact } from '../expectation.js';
import { pick, type Model, type VariantModel } from '../model.js';
import type { Real } from '../real.js';
import { expectation, type Command } from './kit.js';

const OPTIONS = componentSchema('VariantOptions').properties as Record<string, { enum?: string[] }>;

export interface OptionsChoice {
  fit: number;
  metadata: number;
  width: number;
  height: number;
}

/** Variant options from the spec's enums; sizes as given. */
const optionsOf = (c: OptionsChoice) => ({
  fit: OPTIONS.fit.enum![c.fit % OPTIONS.fit.enum!.length],
  metadata: OPTIONS.metadata.enum![c.metadata % OPTIONS.metadata.enum!.length],
  width: c.width,
  height: c.height,
});

const variantFacts = (v: VariantModel, at: string): Fact[] => [
  { kind: 'has', pointer: at, value: { id: v.name, options: v.options } },
  ...(v.never === undefined ? [] : [{ kind: 'equals', pointer: `${at}/neverRequireSignedURLs`, value: v.never, absentMeans: false } as Fact]),
];

const liveOrDeleted = (m: Readonly<Model>, live: boolean) =>
  m.variants.filter((v) => v.live === live && (live || !m.variants.some((o) => o.live && o.name === v.name)));

export class CreateVariant implements Command {
  constructor(
    /** Take the name of the n-th live variant (or of the account's default variant when there is none): must be refused. */
    readonly reuse: number | null,
    readonly options: OptionsChoice,
    readonly never: boolean | undefined,
  ) {}

  check = () => true;

  async run(m: Model, r: Real): Promise<void> {
    const taken = this.reuse === null ? undefined : (pick(m.liveVariants(), this.reuse)?.name ?? facts.defaultVariant.id);
    const name = taken ?? m.nextName('v');
    const options = optionsOf(this.options);
    const body = { id: name, options, ...(this.never === undefined ? {} : { neverRequireSignedURLs: this.never }) };
    const label = `create the variant ${name}${taken ? ' (a taken name)' : ''}`;
    const answer = await r.api('createVariant', label, { body: { kind: 'json', value: body } });
    const full = m.preexistingVariants.length + m.liveVariants().length >= MAX_VARIANTS;
    if (taken || full) {
      const why = taken
        ? expectation('uniqueness', ['createVariant.name-taken', 'open:refusal-status'], `a variant under the taken name ${name} is refused`, [
            { kind: 'status', is: 'refused' },
          ])
        : expectation('uniqueness', ['createVariant.at-most', 'open:refusal-status'], `a variant past the ${MAX_VARIANTS} an account may have is refused`, [
            { kind: 'status', is: 'refused' },
          ]);
      await r.expect(label, answer, [why]);
      return;
    }
    const variant: VariantModel = { name, options, never: this.never ?? false, live: true };
    await r.expect(label, answer, [
      expectation('positive_data_acceptance', ['createVariant.stored'], 'a valid variant is created', [{ kind: 'status', is: '2xx' }]),
      expectation(
        'ensure_resource_availability',
        ['createVariant.stored', 'open:extra-properties'],
        'its answer is the variant as sent',
        variantFacts(variant, '/result/variant'),
      ),
    ]);
    m.variants.push(variant);
  }

  toString = () =>
    `CreateVariant(${this.reuse === null ? 'new name' : `taken name #${this.reuse}`}, ${JSON.stringify(this.options)}${this.never === undefined ? '' : `, never ${this.never}`})`;
}

export class GetVariant implements Command {
  constructor(
    readonly live: boolean,
    readonly n: number,
  ) {}

  check = (m: Readonly<Model>) => liveOrDeleted(m, this.live).length > 0;

  async run(m: Model, r: Real): Promise<void> {
    const variant = pick(liveOrDeleted(m, this.live), this.n)!;
    const label = `get the ${variant.live ? '' : 'deleted '}variant ${variant.name}`;
    const send = () => r.api('getVariant', label, { path: { variant_id: variant.name } });
    const expected = variant.live
      ? expectation(
          'ensure_resource_availability',
          ['createVariant.stored', 'updateVariant.applied', 'open:extra-properties'],
          `the variant ${variant.name} is read as the model has it`,
          [{ kind: 'status', is: '2xx' }, ...variantFacts(variant, '/result/variant')],
          true,
        )
      : expectation(
          'use_after_free',
          ['deleteVariant.gone', 'open:refusal-status'],
          `the deleted variant ${variant.name} is refused`,
          [{ kind: 'status', is: 'refused' }],
          true,
        );
    await r.expect(label, await send(), [expected], {}, send);
  }

  toString = () => `GetVariant(${this.live ? 'live' : 'deleted'} #${this.n})`;
}

export class ListVariants implements Command {
  check = () => true;

  async run(m: Model, r: Real): Promise<void> {
    const label = 'list the variants';
    const send = () => r.api('listVariants', label);
    const live = m.liveVariants();
    const gone = liveOrDeleted(m, false).map((v) => v.name);
    await r.expect(
      label,
      await send(),
      [
        expectation(
          'ensure_resource_availability',
          ['createVariant.stored', 'open:read-after-write'],
          'the list shows every live variant as the model has it',
          [
            { kind: 'status', is: '2xx' },
            { kind: 'keys', pointer: '/result/variants', include: live.map((v) => v.name), exclude: [] },
            ...live.flatMap((v) => variantFacts(v, `/result/variants/${v.name}`)),
          ],
          true,
        ),
        expectation(
          'use_after_free',
          ['deleteVariant.gone', 'open:read-after-write'],
          'the list leaves deleted variants out',
          [{ kind: 'keys', pointer: '/result/variants', include: [], exclude: gone }],
          true,
        ),
      ],
      {},
      send,
    );
  }

  toString = () => 'ListVariants()';
}

export class UpdateVariant implements Command {
  constructor(
    readonly n: number,
    readonly options: OptionsChoice,
    readonly never: boolean | undefined,
  ) {}

  check = (m: Readonly<Model>) => m.liveVariants().length > 0;

  async run(m: Model, r: Real): Promise<void> {
    const variant = pick(m.liveVariants(), this.n)!;
    const options = optionsOf(this.options);
    const body = { options, ...(this.never === undefined ? {} : { neverRequireSignedURLs: this.never }) };
    const label = `edit the variant ${variant.name}`;
    const answer = await r.api('updateVariant', label, { path: { variant_id: variant.name }, body: { kind: 'json', value: body } });
    // A flag not sent may be kept or reset (`open:variant-update-flag`): the model no longer knows it.
    const edited: VariantModel = { ...variant, options, never: this.never };
    await r.expect(label, answer, [
      expectation('positive_data_acceptance', ['updateVariant.applied'], 'a valid variant edit is applied', [{ kind: 'status', is: '2xx' }]),
      expectation(
        'edits',
        ['updateVariant.applied', 'open:variant-update-flag', 'open:extra-properties'],
        'its answer shows the options sent',
        variantFacts(edited, '/result/variant'),
      ),
    ]);
    Object.assign(variant, edited);
  }

  toString = () => `UpdateVariant(#${this.n}, ${JSON.stringify(this.options)}${this.never === undefined ? '' : `, never ${this.never}`})`;
}

export class DeleteVariant implements Command {
  constructor(
    readonly live: boolean,
    readonly n: number,
  ) {}

  check = (m: Readonly<Model>) => liveOrDeleted(m, this.live).length > 0;

  async run(m: Model, r: Real): Promise<void> {
    const variant = pick(liveOrDeleted(m, this.live), this.n)!;
    const label = `delete the ${variant.live ? '' : 'deleted '}variant ${variant.name}`;
    const answer = await r.api('deleteVariant', label, { path: { variant_id: variant.name } });
    if (!variant.live) {
      await r.expect(label, answer, [
        expectation('use_after_free', ['deleteVariant.gone', 'open:refusal-status'], `a second delete of the variant ${variant.name} is refused`, [
          { kind: 'status', is: 'refused' },
        ]),
      ]);
      return;
    }
    await r.expect(label, answer, [
      expectation('positive_data_acceptance', ['deleteVariant.gone'], `the variant ${variant.name} is deleted`, [{ kind: 'status', is: '2xx' }]),
    ]);
    variant.live = false;
  }

  toString = () => `DeleteVariant(${this.live ? 'live' : 'deleted'} #${this.n})`;
}
