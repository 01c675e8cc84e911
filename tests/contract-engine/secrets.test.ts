// What a report may show of a response: for the operations whose documented responses hold a
// secret (derived from the spec's x-cf-secret), nothing outside the places the spec declares
// non-secret; and whatever is a secret is scrubbed everywhere, property names included.
import { describe, expect, it } from 'vitest';
import { operations } from '../../generated/operations.js';
import { Secrets } from '../../src/contract/engine/secrets.js';
import { bearsSecret, possibleSecrets } from '../../src/contract/engine/secret-shape.js';
import { REDACTED } from '../../src/contract/checks/redact.js';

const KEY = 'k3yVALUEk3yVALUEk3yVALUE0123456789';
const envelope = (result: unknown, extra: Record<string, unknown> = {}) => ({ success: true, errors: [], messages: [], result, ...extra });

describe('which operations bear a secret', () => {
  it('are the signing-key operations, found from the spec (x-cf-secret), not a list', () => {
    const bearing = Object.keys(operations).filter(bearsSecret);
    expect(bearing.sort()).toEqual(
      Object.keys(operations)
        .filter((id) => /SigningKey/.test(id))
        .sort(),
    );
    expect(bearing.length).toBeGreaterThan(0);
  });
});

describe('possible secrets of a signing-key response', () => {
  it('in the documented shape: the values only, not the names, codes or messages', () => {
    const body = envelope({ keys: [{ name: 'default', value: KEY }] }, { errors: [{ code: 1000, message: 'a documented message string' }] });
    expect(possibleSecrets('listSigningKeys', body)).toEqual([KEY]);
  });

  it.each([
    ['keys as a name→value map', envelope({ keys: { default: KEY } })],
    ['the value under another property', envelope({ keys: [{ name: 'default', secret: KEY }] })],
    ['the value nested in an object', envelope({ keys: [{ name: 'default', value: { current: KEY } }] })],
    ['keys as pairs', envelope({ keys: [['default', KEY]] })],
    ['the value as a property name', envelope({ keys: { [KEY]: 'default' } })],
    ['the value beside the list', envelope({ keys: [], current: KEY })],
    ['the value at the root', { ...envelope({ keys: [] }), signing_key: KEY }],
    ['the result a string', envelope(KEY)],
    ['an error envelope carrying it', { success: false, errors: [{ code: 1000, message: 'x' }], messages: [], result: { default: KEY } }],
  ])('in a wrong shape (%s): taken for a secret', (_shape, body) => {
    expect(possibleSecrets('listSigningKeys', body)).toContain(KEY);
  });

  it('another operation is judged by the spec pointer alone: its own fields are not secrets', () => {
    expect(possibleSecrets('getImage', envelope({ id: 'image-id-0123456789', filename: 'a-file-name.png' }))).toEqual([]);
  });

  it('another operation: a string at the spec pointer is still a secret, read there without walking the rest', () => {
    const body = envelope({ keys: [{ name: 'default', value: KEY }, { value: 7 }, 'x'], other: { keys: [{ value: 'not-at-the-pointer' }] } });
    expect(possibleSecrets('getImage', body)).toEqual([KEY]);
    expect(possibleSecrets('getImage', 'a string body')).toEqual([]);
  });
});

describe('Secrets', () => {
  it('remembers what a response may hold and scrubs it from every string and property name of a report', () => {
    const secrets = new Secrets();
    secrets.addFromResponse('listSigningKeys', envelope({ keys: { default: KEY } }), undefined, 1000);
    const report = { message: `shows {"default":"${KEY}"}`, value: { [KEY]: [KEY, `${KEY}${KEY}`] } };
    expect(secrets.scrub(report)).toEqual({ message: `shows {"default":"${REDACTED}"}`, value: { [REDACTED]: [REDACTED, `${REDACTED}${REDACTED}`] } });
  });

  it('reads a signing-key body that is not labelled JSON too (a client may still parse it)', () => {
    const secrets = new Secrets();
    secrets.addFromResponse('listSigningKeys', undefined, JSON.stringify(envelope({ keys: { default: KEY } })), 1000);
    expect(secrets.scrub(`key ${KEY}`)).toBe(`key ${REDACTED}`);
  });

  it('the longest secret wins where two overlap; short strings (under 8 characters) are never taken', () => {
    const secrets = new Secrets();
    for (const s of ['abcdefgh', 'abcdefghijkl', 'short']) secrets.add(s);
    expect(secrets.scrub('xx abcdefghijkl abcdefgh short')).toBe(`xx ${REDACTED} ${REDACTED} short`);
  });
});
