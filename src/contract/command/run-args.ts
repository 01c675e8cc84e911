// The contract run's command line, read once into run options and a target (or a usage error).
import { facts, operations, type OperationId } from '../../../generated/operations.js';
import { DEFAULT_BOUNDS } from '../../core/bounded.js';
import { RUN_CHECKS, type RunCheckName } from '../checks/registry.js';
import { PHASES, type Phase } from '../model/case.js';
import type { RunOptions } from './run.js';
import { DEFAULT_MODEL_OPTIONS } from '../model-based/run.js';
import type { ContractTarget } from '../engine/session.js';
import { httpUrlOption, integerOption, listOption, parseCommandLine, UsageError } from './options.js';

export interface RunCommand {
  help: boolean;
  /** A live target, or undefined for the embedded local server. */
  target?: ContractTarget;
  options: Pick<
    RunOptions,
    | 'phases'
    | 'checks'
    | 'operations'
    | 'allowWrites'
    | 'maxExamples'
    | 'seed'
    | 'rateLimit'
    | 'requestTimeoutMs'
    | 'maxBodyBytes'
    | 'maxJsonDepth'
    | 'model'
    | 'settleMs'
    | 'rateBudget'
    | 'waitExpiry'
  >;
  files: { json?: string; junit?: string; html?: string };
  /** No progress lines. */
  quiet: boolean;
}

/**
 * The largest `--max-body-bytes`: a body is decoded into one string, and V8's strings stop short
 * of 512 MB (`Cannot create a string longer than …`).
 */
export const MAX_BODY_BYTES_LIMIT = 256 * 1024 * 1024;
/** The deepest `--max-json-depth`: the checker's schema walk recurses per level and overflows the stack not far past 1000. */
export const MAX_JSON_DEPTH_LIMIT = DEFAULT_BOUNDS.maxJsonDepth;

function integer(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?[0-9]+$/.test(value)) throw new UsageError(`${flag} must be an integer`);
  return Number(value);
}

function rate(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^([0-9]+(?:\.[0-9]+)?)(?:\/s)?$/.exec(value);
  if (!match || Number(match[1]) <= 0) throw new UsageError('--rate-limit must be a positive number of requests per second, e.g. 10/s');
  return Number(match[1]);
}

function seconds(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+(\.[0-9]+)?$/.test(value) || Number(value) <= 0 || Number(value) > 3600)
    throw new UsageError(`${flag} must be a positive number of seconds up to 3600, e.g. 30`);
  return Number(value) * 1000;
}

export function parseRunCommand(argv: string[], env: Record<string, string | undefined>): RunCommand {
  const { values: args } = parseCommandLine(argv, {
    'base-url': { type: 'string' },
    'account-id': { type: 'string' },
    'allow-writes': { type: 'boolean', default: false },
    phases: { type: 'string' },
    checks: { type: 'string' },
    operations: { type: 'string' },
    'max-examples': { type: 'string' },
    seed: { type: 'string' },
    'rate-limit': { type: 'string' },
    'rate-budget': { type: 'string' },
    'wait-expiry': { type: 'boolean', default: false },
    'request-timeout': { type: 'string' },
    'max-body-bytes': { type: 'string' },
    'max-json-depth': { type: 'string' },
    'model-runs': { type: 'string' },
    'model-steps': { type: 'string' },
    settle: { type: 'string' },
    'model-time-limit': { type: 'string' },
    quiet: { type: 'boolean', default: false },
  });
  const maxExamples = integer(args['max-examples'], '--max-examples');
  if (maxExamples !== undefined && maxExamples < 1) throw new UsageError('--max-examples must be at least 1');
  const options: RunCommand['options'] = {
    phases: listOption<Phase>('phases', args.phases, PHASES),
    checks: listOption<RunCheckName>('checks', args.checks, RUN_CHECKS),
    operations: listOption<OperationId>('operations', args.operations, Object.keys(operations) as OperationId[]),
    allowWrites: Boolean(args['allow-writes']),
    maxExamples,
    seed: integer(args.seed, '--seed'),
    rateLimit: rate(args['rate-limit']),
    rateBudget: args['rate-budget'] === undefined ? undefined : integerOption('rate-budget', args['rate-budget'], 0, 0, facts.rateLimit.requests),
    requestTimeoutMs: seconds(args['request-timeout'], '--request-timeout'),
    maxBodyBytes: integerOption('max-body-bytes', args['max-body-bytes'], DEFAULT_BOUNDS.maxBodyBytes, 1, MAX_BODY_BYTES_LIMIT),
    maxJsonDepth: integerOption('max-json-depth', args['max-json-depth'], DEFAULT_BOUNDS.maxJsonDepth, 1, MAX_JSON_DEPTH_LIMIT),
    settleMs: seconds(args.settle, '--settle'),
    waitExpiry: Boolean(args['wait-expiry']),
    model: {
      runs: integerOption('model-runs', args['model-runs'], DEFAULT_MODEL_OPTIONS.runs, 1, 10_000),
      steps: integerOption('model-steps', args['model-steps'], DEFAULT_MODEL_OPTIONS.steps, 1, 1000),
      timeLimitMs: args['model-time-limit'] === undefined ? DEFAULT_MODEL_OPTIONS.timeLimitMs : seconds(args['model-time-limit'], '--model-time-limit')!,
    },
  };
  const files = { json: args.json, junit: args.junit, html: args.html };
  const quiet = Boolean(args.quiet);
  if (args['base-url'] === undefined) return { help: Boolean(args.help), options, files, quiet };
  httpUrlOption('base-url', args['base-url'], 'use CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY)');
  const accountId = args['account-id'] ?? env.CLOUDFLARE_ACCOUNT_ID;
  if (!accountId) throw new UsageError('--account-id (or CLOUDFLARE_ACCOUNT_ID) is required with --base-url');
  if (!env.CLOUDFLARE_API_TOKEN && !(env.CLOUDFLARE_EMAIL && env.CLOUDFLARE_API_KEY))
    throw new UsageError('set CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY');
  const target = { baseUrl: args['base-url'], accountId, apiToken: env.CLOUDFLARE_API_TOKEN, apiEmail: env.CLOUDFLARE_EMAIL, apiKey: env.CLOUDFLARE_API_KEY };
  return { help: Boolean(args.help), target, options, files, quiet };
}
