// key-values: new signing-key values in another format: 44 characters of standard base64 (ending
// in `=`, often with `+` or `/`) instead of 32 letters and digits. SigningKey.value is any non-empty string; a
// signature is the HMAC of the URL with the value's text as the key.
import { randomBytes } from 'node:crypto';
import type { Variation } from './variation.js';

export const keyValues: Variation = {
  name: 'key-values',
  exercises: '#/components/schemas/SigningKey',
  summary: 'new signing-key values are 44 characters of standard base64',
  install(_hooks, { state }) {
    state.makeKeyValuesWith(() => randomBytes(32).toString('base64'));
  },
};
