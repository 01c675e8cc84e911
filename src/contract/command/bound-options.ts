// The bounds as command-line options, shared by `proxy` and `check-har` (same names as the
// contract run's): whole numbers in a range, a usage error (exit 2) otherwise.
import { formatBytes } from '../../core/bounded.js';
import { integerOption, UsageError } from './options.js';
import { DEFAULT_TRAFFIC_BOUNDS, DEFAULT_UPSTREAM_TIMEOUT_MS, type TrafficBounds } from '../traffic/bounds.js';

// The same ranges as the contract run's options. A kept body becomes one string: V8 strings stop
// short of 512 MiB. The checks walk JSON recursively: arrays past ~2000 levels overflow the stack.
const MAX_BODY_BYTES = 256 * 1024 * 1024;
const MAX_JSON_DEPTH = DEFAULT_TRAFFIC_BOUNDS.maxJsonDepth;
const MAX_PARTS = 100_000;

export const BOUND_OPTIONS = {
  'max-body-bytes': { type: 'string' },
  'max-json-depth': { type: 'string' },
  'max-parts': { type: 'string' },
} as const;

export const BOUNDS_HELP = `Bounds (a body past one is not checked and fails the check it kept from running):
  --max-body-bytes <n>   largest body kept for checking, after decompression (default ${DEFAULT_TRAFFIC_BOUNDS.maxBodyBytes} = ${formatBytes(DEFAULT_TRAFFIC_BOUNDS.maxBodyBytes)})
  --max-json-depth <n>   deepest JSON nesting checked (default and most: ${DEFAULT_TRAFFIC_BOUNDS.maxJsonDepth})
  --max-parts <n>        most parts of a multipart form kept (default ${DEFAULT_TRAFFIC_BOUNDS.maxParts})`;

export function boundsOf(args: { 'max-body-bytes'?: string; 'max-json-depth'?: string; 'max-parts'?: string }): TrafficBounds {
  return {
    maxBodyBytes: integerOption('max-body-bytes', args['max-body-bytes'], DEFAULT_TRAFFIC_BOUNDS.maxBodyBytes, 1, MAX_BODY_BYTES),
    maxJsonDepth: integerOption('max-json-depth', args['max-json-depth'], DEFAULT_TRAFFIC_BOUNDS.maxJsonDepth, 1, MAX_JSON_DEPTH),
    maxParts: integerOption('max-parts', args['max-parts'], DEFAULT_TRAFFIC_BOUNDS.maxParts, 1, MAX_PARTS),
  };
}

/** `--upstream-timeout <s>`: positive seconds (decimals allowed) up to an hour, in ms. */
export function upstreamTimeoutOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_UPSTREAM_TIMEOUT_MS;
  if (!/^[0-9]+(\.[0-9]+)?$/.test(value) || Number(value) <= 0 || Number(value) > 3600)
    throw new UsageError('--upstream-timeout must be a positive number of seconds up to 3600, e.g. 30');
  return Number(value) * 1000;
}
