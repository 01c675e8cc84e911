import { describe, expect, it } from 'vitest';
import { expectFailure, expectSchema, readReply, startTestServer, TOKEN } from './helpers.js';

describe('authentication and routing', () => {
  it('rejects a request without credentials with 401 / 10000', async () => {
    const { call } = await startTestServer();
    expectFailure(await call('getImageStats', 'v1/stats', { auth: false }), 401, 10000, 'Authentication error');
  });

  it('rejects a wrong bearer token', async () => {
    const { call } = await startTestServer();
    expectFailure(await call('getImageStats', 'v1/stats', { auth: { authorization: 'Bearer nope' } }), 401, 10000);
    expectFailure(await call('getImageStats', 'v1/stats', { auth: { authorization: `Basic ${TOKEN}` } }), 401, 10000);
  });

  it('accepts the legacy e-mail + key pair only when both are right', async () => {
    const { call } = await startTestServer({ apiEmail: 'dev@example.test', apiKey: 'legacy-key' });
    expect((await call('getImageStats', 'v1/stats', { auth: { 'x-auth-email': 'dev@example.test', 'x-auth-key': 'legacy-key' } })).status).toBe(200);
    expectFailure(await call('getImageStats', 'v1/stats', { auth: { 'x-auth-email': 'dev@example.test' } }), 401, 10000);
    expectFailure(await call('getImageStats', 'v1/stats', { auth: { 'x-auth-key': 'legacy-key' } }), 401, 10000);
    expectFailure(await call('getImageStats', 'v1/stats', { auth: { 'x-auth-email': 'dev@example.test', 'x-auth-key': 'wrong' } }), 401, 10000);
  });

  it('does not accept a legacy pair when none is configured, nor an empty one when the configured one is empty', async () => {
    const { call } = await startTestServer();
    expectFailure(await call('listSigningKeys', 'v1/keys', { auth: { 'x-auth-email': '', 'x-auth-key': '' } }), 401, 10000);
    const empty = await startTestServer({ apiEmail: '', apiKey: '' });
    expectFailure(await empty.call('listSigningKeys', 'v1/keys', { auth: { 'x-auth-email': '', 'x-auth-key': '' } }), 401, 10000);
  });

  it('answers 403 / 9109 for another account and 400 for a malformed account id', async () => {
    const { call } = await startTestServer();
    expectFailure(await call('listImages', 'v1', { accountId: 'f'.repeat(32) }), 403, 9109);
    expectFailure(await call('listImages', 'v1', { accountId: 'not-an-account' }), 400, 5400, /path\.account_id/);
  });

  it('answers 404 / 7003 for unknown routes, with a cf-ray header', async () => {
    const { server } = await startTestServer();
    for (const [method, path] of [
      ['GET', '/client/v4/nothing'],
      ['GET', `/client/v4/accounts/${server.accountId}/images/v3`],
      ['PUT', `/client/v4/accounts/${server.accountId}/images/v1`],
      ['GET', '/favicon.ico'],
    ]) {
      const reply = await readReply(await fetch(server.url + path, { method, headers: { authorization: `Bearer ${TOKEN}` } }), (json) =>
        expectSchema('Failure', json),
      );
      expectFailure(reply, 404, 7003, 'No route for the URI');
    }
  });

  it('validates query parameters and names the field', async () => {
    const { call } = await startTestServer();
    expectFailure(await call('listImages', 'v1', { query: { per_page: 5 } }), 400, 5400, /per_page/);
    expectFailure(await call('listImages', 'v1', { query: { page: 'two' } }), 400, 5400, /query\.page: must be integer/);
    expectFailure(await call('listImagesV2', 'v2', { query: { sort_order: 'sideways' } }), 400, 5400, /sort_order/);
    expectFailure(await call('listImagesV2', 'v2', { query: { per_page: 10001 } }), 400, 5400, /per_page/);
    expect((await call('listImages', 'v1', { query: { page: 2, per_page: 10, unknown: 'ignored' } })).status).toBe(200);
  });

  it('answers 415 for a body of the wrong content type and 400 for broken JSON', async () => {
    const { call } = await startTestServer();
    expectFailure(await call('createVariant', 'v1/variants', { body: 'id=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 5415);
    expectFailure(await call('uploadImage', 'v1', { body: { url: 'http://127.0.0.1/x.png' } }), 415, 5415);
    expectFailure(await call('createDirectUpload', 'v2/direct_upload', { body: { creator: 'x' } }), 415, 5415);
    expectFailure(await call('createVariant', 'v1/variants', { body: '{"id":', headers: { 'content-type': 'application/json' } }), 400, 5400, /not valid JSON/);
    expectFailure(await call('createVariant', 'v1/variants', { body: '[]', headers: { 'content-type': 'application/json' } }), 400, 5400);
  });

  it('validates JSON bodies with the generated validators and names the field', async () => {
    const { call } = await startTestServer();
    const options = { fit: 'cover', metadata: 'none', width: 10, height: 10 };
    expectFailure(await call('createVariant', 'v1/variants', { body: { id: 'ok', options: { ...options, fit: 'stretch' } } }), 400, 5400, /body\.options\.fit/);
    expectFailure(await call('createVariant', 'v1/variants', { body: { options } }), 400, 5400, /body\.id: is required/);
    expectFailure(await call('createVariant', 'v1/variants', { body: { id: 'bad-name', options } }), 400, 5400, /body\.id/);
    expectFailure(await call('createVariant', 'v1/variants', { body: { id: 'ok', options, extra: 1 } }), 400, 5400, /body\.extra: is not allowed/);
  });
});
