// What the coverage phase covers, constraint by constraint, as a person reads the cases.
import { describe, expect, it } from 'vitest';
import type { OperationId } from '../../generated/operations.js';
import { coverageCases } from '../../src/contract/generate/index.js';
import { context } from './fixtures.js';

const ctx = context();
/** `purpose pointer label` of every coverage case of an operation. */
const lines = (id: OperationId) => coverageCases(id, ctx).map((c) => `${c.purpose} ${c.pointer ?? '-'} ${c.label}`);

describe('coverage cases per constraint', () => {
  it('numbers: each bound, inside and one past; wrong types as the query carries them', () => {
    expect(lines('listImages')).toEqual(
      expect.arrayContaining([
        'positive - per_page = 10 (the minimum)',
        'negative /query/per_page per_page = 9 (below the minimum 10)',
        'positive - per_page = 10000 (the maximum)',
        'negative /query/per_page per_page = 10001 (above the maximum 10000)',
        'negative /query/per_page per_page = 10.5 (not an integer)',
        'negative /query/per_page per_page = "ten" (not an integer)',
        'negative /query/page page = 0 (below the minimum 1)',
      ]),
    );
  });

  it('strings: lengths, patterns, enums, a JSON type a text part cannot carry is not tried', () => {
    const variants = lines('createVariant');
    expect(variants).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^positive - body\.id = a string of 99 characters \(the maximum length 99\)$/),
        expect.stringMatching(/^negative \/body\/id body\.id = a string of 100 characters/),
        'negative /body/id body.id = "" (shorter than the minimum length 1)',
        expect.stringMatching(/^negative \/body\/id body\.id = "ct7x.0her-" \(does not match/),
        'negative /body/id body.id = 123 (a number instead of a string)',
        'positive - body.options.fit = "pad" (an allowed value)',
        'negative /body/options/fit body.options.fit = "SCALE-DOWN" (not one of scale-down, contain, cover, crop, pad)',
        'negative /body/options/width body.options.width = 0 (below the minimum 1)',
        'negative /body/options/height body.options without height (required)',
        'negative /body/options/unexpected body.options.unexpected = "x" (no other keys are allowed)',
      ]),
    );
    // A created variant's name starts with the run tag, so no 1-character name is tried.
    expect(variants.some((l) => l.includes('the minimum length 1') && l.startsWith('positive'))).toBe(false);
    expect(lines('getVariant')).toContain('positive - variant_id = "h" (the minimum length 1)');
    expect(lines('uploadImage').some((l) => /creator = 123/.test(l))).toBe(false);
  });

  it('forms: oneOf, not, minProperties, additionalProperties, media type, unparseable bodies', () => {
    expect(lines('uploadImage')).toEqual(
      expect.arrayContaining([
        'negative /body body with none of file, url (oneOf: exactly one branch)',
        'negative /body body with both file and url (oneOf: exactly one branch)',
        expect.stringMatching(/^negative \/body body with id = .*, requireSignedURLs = true \(A custom ID cannot be combined with requireSignedURLs true\.\)$/),
        'negative /body body as text/plain (the operation takes multipart/form-data)',
        'negative /body a multipart body that cannot be parsed (no closing boundary)',
        'negative /body no request body (required)',
        'negative /body/file body.file = "not a file" (a text field instead of a file part)',
        expect.stringMatching(/^negative \/body\/file body\.file = a 12-byte text\/plain file \(the part must be one of image\/png, /),
        'negative /body/url body.url = "example.invalid/image.png" (no scheme: not a URI)',
        expect.stringMatching(/^negative \/body\/id body\.id = "2cdc28f0-017a-49c4-9ed7-87056c83901a" \(A custom ID must not be a UUID/),
      ]),
    );
    expect(lines('updateImage')).toEqual(
      expect.arrayContaining([
        'negative /body body = {} (at least 1 key)',
        'negative /body body = [] (an array instead of an object)',
        'negative /body a JSON body that cannot be parsed',
      ]),
    );
    expect(lines('createDirectUpload')).toContain('negative /body body = {} (at least 1 key)');
  });

  it('x-cf limits: metadata bytes, the expiry window, the image limits', () => {
    expect(lines('uploadImage')).toEqual(
      expect.arrayContaining([
        'positive - body.metadata = a string of 1024 characters (exactly 1024 bytes of JSON: the limit)',
        'negative /body/metadata body.metadata = a string of 1025 characters (1025 bytes of JSON: over the limit of 1024)',
        'negative /body/metadata body.metadata = a string of 518 characters (518 characters but 1025 bytes of JSON: over the limit of 1024 bytes)',
        'negative /body/metadata body.metadata = "{not json}" (not JSON)',
        'negative /body/file body.file = a 10485761-byte image/png file (over the limit of 10485760 bytes)',
        'positive - body.file = a 284-byte image/png file (12000×1 px: the limit per side)',
        'negative /body/file body.file = a 285-byte image/png file (12001×1 px: over the limit of 12000 per side)',
        expect.stringMatching(/^positive - body\.file = .* \(10000×10000 px: exactly the limit of 100000000 pixels\)$/),
        expect.stringMatching(/^negative \/body\/file body\.file = .* \(10000×10001 px: over the limit of 100000000 pixels\)$/),
      ]),
    );
    expect(lines('updateImage')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^positive - body\.metadata = \{"note":.* \(exactly 1024 bytes of JSON: the limit\)$/)]),
    );
    expect(lines('createDirectUpload')).toEqual(
      expect.arrayContaining([
        'positive - body.expiry = "2026-12-02T12:02:30.000Z" (2.5 min from now: the window is 2 min to 6 h from now)',
        'positive - body.expiry = "2026-12-02T17:59:30.000Z" (5 h 59.5 min from now: the window is 2 min to 6 h from now)',
        'negative /body/expiry body.expiry = "2026-12-02T12:01:30.000Z" (1.5 min from now, too soon: the window is 2 min to 6 h from now)',
        'negative /body/expiry body.expiry = "2026-12-02T18:00:30.000Z" (6 h 0.5 min from now, too late: the window is 2 min to 6 h from now)',
      ]),
    );
  });

  it('the metadata filter grammar: every operator, each limit reached and passed', () => {
    const v2 = lines('listImagesV2');
    for (const op of [
      'eq',
      'eq:string',
      'eq:number',
      'eq:boolean',
      'in',
      'in:string',
      'in:number',
      'gt',
      'gte',
      'lt',
      'lte',
      'gt:number',
      'gte:number',
      'lt:number',
      'lte:number',
    ])
      expect(v2.some((l) => l.startsWith(`positive - meta.status[${op}]=`))).toBe(true);
    expect(v2).toEqual(
      expect.arrayContaining([
        'negative /query/meta/meta.status[ne] meta.status[ne]="active" (unsupported operator ne)',
        expect.stringMatching(/^negative \/query\/meta meta\.field1\[eq\]=.*meta\.field6\[eq\]="active" \(6 filters: at most 5\)$/),
        'negative /query/meta/meta.l1.l2.l3.l4.l5.l6[eq] meta.l1.l2.l3.l4.l5.l6[eq]="active" (6 levels: at most 5)',
        'positive - meta.l1.l2.l3.l4.l5[eq]="active" (5 levels: the maximum depth)',
        'negative /query/meta/meta.status[gte] meta.status[gte]="four" (not a number for gte)',
        'negative /query/meta/meta.status[eq:boolean] meta.status[eq:boolean]="yes" (not a boolean for eq:boolean)',
        'negative /query/meta/meta.status[in] meta.status[in]="active|v1|v2|v3|v4|v5|v6|v7|v8|v9|v10" (11 values: at most 10)',
        'positive - meta.status[in]="active|v1|v2|v3|v4|v5|v6|v7|v8|v9" (10 values: the maximum)',
      ]),
    );
  });

  it('a token the server issues is only broken, never made up', () => {
    const tokens = coverageCases('listImagesV2', ctx).filter((c) => c.query && 'continuation_token' in c.query);
    expect(tokens.map((c) => `${c.purpose} ${c.label}`)).toEqual(['negative continuation_token = "" (shorter than the minimum length 1)']);
  });

  it('the target account is only broken: the engine puts the real one in', () => {
    const accounts = coverageCases('getImageStats', ctx).filter((c) => c.path?.account_id);
    expect(accounts.map((c) => `${c.purpose} ${c.pointer}`)).toEqual(['negative /path/account_id']);
  });
});
