// The Cloudflare envelope, typed from the spec.
import type { components } from '../../generated/schema.js';

type Schemas = components['schemas'];
type ResponseInfo = Schemas['ResponseInfo'];
/** A success envelope with its `result` typed. */
export type SuccessEnvelope<T> = Omit<Schemas['SuccessEnvelope'], 'result'> & { result: T };
export type Failure = Schemas['Failure'];

export function success<T>(result: T, extra: Pick<SuccessEnvelope<T>, 'result_info'> = {}): SuccessEnvelope<T> {
  return { success: true, errors: [], messages: [], result, ...extra };
}

export function failure(code: number, message: string, pointer?: string): Failure {
  const info: ResponseInfo = { code, message };
  if (pointer) info.source = { pointer };
  return { success: false, errors: [info], messages: [], result: null };
}
