// Credentials and accounts: ignored_auth (no / wrong token, wrong key pair, the key under another
// e-mail → 401/403 on every operation), a valid key pair accepted (positive_data_acceptance) and
// foreign_account (another account's id is refused).
import { mutant, type Mutant } from '../mutant.js';

export const ACCESS_MUTANTS: Mutant[] = [
  mutant(
    'auth-any-bearer-token',
    'ignored_auth',
    'any bearer token is accepted (the token is parsed but never compared)',
    'auth.ts',
    'if (bearer && sameSecret(bearer, creds.apiToken)) return;',
    'if (bearer) return;',
  ),
  mutant(
    'auth-key-pair-unchecked',
    'ignored_auth',
    'any X-Auth-Email + X-Auth-Key pair is accepted',
    'auth.ts',
    'if (sameSecret(email, creds.apiEmail) && sameSecret(key, creds.apiKey)) return;',
    'if (email && key) return;',
  ),
  mutant(
    'auth-key-pair-email-unchecked',
    'ignored_auth',
    'the key of an X-Auth-Email + X-Auth-Key pair is checked, its e-mail is not',
    'auth.ts',
    'if (sameSecret(email, creds.apiEmail) && sameSecret(key, creds.apiKey)) return;',
    'if (email && sameSecret(key, creds.apiKey)) return;',
  ),
  mutant(
    'auth-key-pair-refused',
    'positive_data_acceptance',
    'a valid X-Auth-Email + X-Auth-Key pair is refused (only bearer tokens work)',
    'auth.ts',
    '  if (sameSecret(email, creds.apiEmail) && sameSecret(key, creds.apiKey)) return;\n',
    '',
  ),
  mutant(
    'auth-token-length-only',
    'ignored_auth',
    'the token comparison only compares lengths (the byte loop dropped)',
    'auth.ts',
    '  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);\n',
    '',
    { needs: "a wrong token as long as the real one (the probe's wrong token has 41 characters, the harness's token is a 36-character UUID)" },
  ),
  mutant(
    'account-id-ignored',
    'foreign_account',
    "the account id of the path is never compared with the server's",
    'api.ts',
    "    if (params.path.account_id !== app.accountId) throw new ApiError(403, Codes.forbidden, 'Unauthorized to access requested resource');\n",
    '',
  ),
];

const TOKEN_TEST = 'if (bearer && sameSecret(bearer, creds.apiToken)) return;';

// Near-miss credentials: not the same-length wrong token the run sends.
export const NEAR_MISS_MUTANTS: Mutant[] = [
  mutant(
    'auth-token-prefix',
    'ignored_auth',
    "the token is compared over the configured token's length only: the right token with more characters after it is accepted",
    'auth.ts',
    TOKEN_TEST,
    'if (bearer && sameSecret(bearer.slice(0, creds.apiToken.length), creds.apiToken)) return;',
    {
      needs: 'the right token with one character more',
    },
  ),
  mutant(
    'auth-token-case-insensitive',
    'ignored_auth',
    'the token is compared case-insensitively',
    'auth.ts',
    TOKEN_TEST,
    'if (bearer && sameSecret(bearer.toLowerCase(), creds.apiToken.toLowerCase())) return;',
    {
      needs: 'the right token with the case of its letters changed',
    },
  ),
];
