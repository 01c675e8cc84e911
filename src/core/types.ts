import type { components, operations } from '../../generated/schema.js';

/** Component schemas of the spec, e.g. `Schemas['Image']`. */
export type Schemas = components['schemas'];
/** The unwrapped `result` of an operation's 200 response. */
export type ResultOf<Op extends keyof operations> = operations[Op]['responses'][200] extends { content: { 'application/json': { result: infer R } } }
  ? R
  : never;
/** An operation's query parameters. */
export type QueryOf<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;
