// Type-level: `npm run typecheck` fails when a call's parameter is not the spec's (renamed,
// missing, or of the wrong type), because each @ts-expect-error below would then be unused or
// a valid call would stop compiling.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Call, PathParams, RequestBody } from '../../src/core/call.js';
import type { QueryOf, Schemas } from '../../src/core/types.js';

describe('Call<Op> is typed from operations[Op] of the generated schema', () => {
  it('path parameters, query and body come from the spec', () => {
    expectTypeOf<PathParams<'getImage'>>().toEqualTypeOf<{ image_id: string }>();
    expectTypeOf<keyof QueryOf<'listImages'>>().toEqualTypeOf<'page' | 'per_page' | 'creator'>();
    expectTypeOf<RequestBody<'updateVariant'>>().toEqualTypeOf<Schemas['UpdateVariantBody']>();
    expectTypeOf<RequestBody<'getImage'>>().toBeNever();

    const calls: Call<never>[] = [];
    const get: Call<'getImage'> = { operationId: 'getImage', path: { image_id: 'abc' } };
    // @ts-expect-error a path parameter the spec does not name (as after a rename)
    const renamed: Call<'getImage'> = { operationId: 'getImage', path: { imageId: 'abc' } };
    // @ts-expect-error the required path parameter is missing
    const missing: Call<'getImage'> = { operationId: 'getImage' };
    // @ts-expect-error a query parameter of the wrong type
    const wrongType: Call<'listImages'> = { operationId: 'listImages', query: { per_page: '10' } };
    // @ts-expect-error a body on an operation that takes none
    const stray: Call<'deleteImage'> = { operationId: 'deleteImage', path: { image_id: 'a' }, body: {} };
    // @ts-expect-error a required body is missing
    const bodiless: Call<'createVariant'> = { operationId: 'createVariant' };
    for (const call of [get, renamed, missing, wrongType, stray, bodiless]) calls.push(call as never);
    expect(calls.map((c) => c.operationId)).toEqual(['getImage', 'getImage', 'getImage', 'listImages', 'deleteImage', 'createVariant']);
  });
});
