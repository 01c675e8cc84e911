// Witnesses of the response and access mutants.
import { call, tag, upload, uploaded, variant, type Witness } from './helpers.js';

const WRONG = { authorization: 'Bearer wrong-token' };

export const RESPONSE_WITNESSES: Record<string, Witness> = {
  'json-content-type-text': async (t) => (await call(t, 'GET', '/images/v1/stats')).headers.get('content-type'),
  'blob-content-type-generic': async (t) => (await call(t, 'GET', `/images/v1/${(await uploaded(t)).id}/blob`)).headers.get('content-type'),
  'image-flag-as-string': async (t) => typeof (await upload(t)).json.result.requireSignedURLs,
  'create-variant-201': async (t) => (await call(t, 'POST', '/images/v1/variants', { body: variant(tag()) })).status,
  // A free choice (x-cf-open.ray-header): visible, and conforming.
  'ray-id-missing': async (t) => (await call(t, 'GET', '/images/v1/stats')).headers.has('cf-ray'),
  'ray-id-base64': async (t) => /^[0-9a-f]{16}(-[A-Z]{3})?$/.test((await call(t, 'GET', '/images/v1/nope')).headers.get('cf-ray') ?? ''),
  'failure-success-true': async (t) => (await call(t, 'GET', '/images/v1/nope')).json.success,
  'in-memory-discard-crash': async (t) => (await call(t, 'DELETE', `/images/v1/${(await uploaded(t)).id}`)).status,
  'delete-variant-refused': async (t) => {
    const name = tag();
    await call(t, 'POST', '/images/v1/variants', { body: variant(name) });
    return (await call(t, 'DELETE', `/images/v1/variants/${name}`)).status;
  },
};

export const ACCESS_WITNESSES: Record<string, Witness> = {
  'auth-any-bearer-token': async (t) => (await call(t, 'GET', '/images/v1/stats', { headers: WRONG })).status,
  'auth-key-pair-unchecked': async (t) =>
    (await call(t, 'GET', '/images/v1/stats', { headers: { 'x-auth-email': 'a@example.com', 'x-auth-key': 'k' } })).status,
  'auth-key-pair-email-unchecked': async (t) =>
    (await call(t, 'GET', '/images/v1/stats', { headers: { 'x-auth-email': 'someone@example.com', 'x-auth-key': t.apiKey } })).status,
  'auth-key-pair-refused': async (t) => (await call(t, 'GET', '/images/v1/stats', { headers: { 'x-auth-email': t.apiEmail, 'x-auth-key': t.apiKey } })).status,
  'auth-token-length-only': async (t) =>
    (await call(t, 'GET', '/images/v1/stats', { headers: { authorization: `Bearer ${'x'.repeat(t.apiToken.length)}` } })).status,
  'account-id-ignored': async (t) => (await call(t, 'GET', '/images/v1/stats', { accountId: 'f'.repeat(32) })).status,
};
