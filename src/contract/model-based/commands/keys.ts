// Commands on signing keys: create, list and delete (live and deleted). Their values are secrets:
// kept in the model to sign delivery URLs, captured by the script into a variable, never printed.
import { pick, type Model } from '../model.js';
import type { Real } from '../real.js';
import { expectation, type Command } from './kit.js';

const KEYS = '/result/keys';

const deletedKeys = (m: Readonly<Model>) => m.keys.filter((k) => !k.live && !m.keys.some((o) => o.live && o.name === k.name));

export class CreateKey implements Command {
  check = () => true;

  async run(m: Model, r: Real): Promise<void> {
    const name = m.nextName('k');
    const label = `create the signing key ${name}`;
    const answer = await r.api('createSigningKey', label, { path: { signing_key_name: name } });
    const keys = (answer.json as { result?: { keys?: { name?: unknown; value?: unknown }[] } } | undefined)?.result?.keys;
    const value = Array.isArray(keys) ? keys.find((k) => k?.name === name)?.value : undefined;
    const variable = r.variable('KEY');
    await r.expect(
      label,
      answer,
      [
        expectation('positive_data_acceptance', ['createSigningKey.stored'], 'a valid signing key is created', [{ kind: 'status', is: '2xx' }]),
        expectation('ensure_resource_availability', ['createSigningKey.stored'], 'its answer lists it with the keys created before', [
          { kind: 'members', pointer: KEYS, by: 'name', include: [name, ...m.liveKeys().map((k) => k.name)], exclude: [] },
        ]),
      ],
      { captures: typeof value === 'string' ? [{ variable, value, pointer: KEYS, where: { by: 'name', equals: name }, secret: true }] : [] },
    );
    m.keys.push({ name, value: typeof value === 'string' ? value : undefined, live: true, variable });
  }

  toString = () => 'CreateKey()';
}

export class ListKeys implements Command {
  check = () => true;

  async run(m: Model, r: Real): Promise<void> {
    const label = 'list the signing keys';
    const send = () => r.api('listSigningKeys', label);
    await r.expect(
      label,
      await send(),
      [
        expectation(
          'ensure_resource_availability',
          ['createSigningKey.stored', 'open:read-after-write'],
          'the list shows every live key',
          [
            { kind: 'status', is: '2xx' },
            { kind: 'members', pointer: KEYS, by: 'name', include: m.liveKeys().map((k) => k.name), exclude: [] },
          ],
          true,
        ),
        expectation(
          'use_after_free',
          ['deleteSigningKey.gone', 'open:read-after-write'],
          'the list leaves deleted keys out',
          [{ kind: 'members', pointer: KEYS, by: 'name', include: [], exclude: deletedKeys(m).map((k) => k.name) }],
          true,
        ),
      ],
      {},
      send,
    );
  }

  toString = () => 'ListKeys()';
}

export class DeleteKey implements Command {
  constructor(
    readonly live: boolean,
    readonly n: number,
  ) {}

  check = (m: Readonly<Model>) => (this.live ? m.liveKeys() : deletedKeys(m)).length > 0;

  async run(m: Model, r: Real): Promise<void> {
    const key = pick(this.live ? m.liveKeys() : deletedKeys(m), this.n)!;
    const label = `delete the ${key.live ? '' : 'deleted '}signing key ${key.name}`;
    const answer = await r.api('deleteSigningKey', label, { path: { signing_key_name: key.name } });
    if (!key.live) {
      await r.expect(label, answer, [
        expectation('use_after_free', ['deleteSigningKey.gone', 'open:refusal-status'], `a second delete of the key ${key.name} is refused`, [
          { kind: 'status', is: 'refused' },
        ]),
      ]);
      return;
    }
    const others = m
      .liveKeys()
      .filter((k) => k !== key)
      .map((k) => k.name);
    await r.expect(label, answer, [
      expectation('positive_data_acceptance', ['deleteSigningKey.gone'], `the key ${key.name} is deleted`, [{ kind: 'status', is: '2xx' }]),
      expectation('use_after_free', ['deleteSigningKey.gone'], 'its answer leaves the key out', [
        { kind: 'members', pointer: KEYS, by: 'name', include: [], exclude: [key.name] },
      ]),
      expectation('ensure_resource_availability', ['deleteSigningKey.gone'], 'its answer keeps the other keys', [
        { kind: 'members', pointer: KEYS, by: 'name', include: others, exclude: [] },
      ]),
    ]);
    key.live = false;
  }

  toString = () => `DeleteKey(${this.live ? 'live' : 'deleted'} #${this.n})`;
}
