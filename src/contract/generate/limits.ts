// Probes of the rules JSON Schema cannot state, from the spec's x-cf-* extensions on a value:
// serialized size in bytes (metadata), a time window relative to now (direct-upload expiry) and
// the image limits of a file part (bytes, pixels, sides), plus the media types a part may have.
import type { FilePart } from '../model/case.js';
import { WINDOW_MARGIN_SECONDS } from './context.js';
import { blackPng } from '../schema/png.js';
import type { Probe } from './probe.js';
import { EXPIRY_WINDOW } from '../../spec/expiry-window.js';
import {
  IMAGE_LIMITS,
  MAX_SERIALIZED_BYTES,
  expiryWindowOf,
  imageLimitsOf,
  isBinary,
  isJsonText,
  maxSerializedBytesOf,
  typesOf,
  utf8Bytes,
  type FlatSchema,
} from '../schema/schema.js';
import { iso, type ValueEnv } from './values.js';

const PAD_KEY = 'note';

/** `{"note":"…"}` of exactly `bytes` UTF-8 bytes; with `wide`, padded with 2-byte characters (fewer code points than bytes). */
function paddedObject(bytes: number, wide: boolean): Record<string, string> {
  const room = bytes - utf8Bytes(JSON.stringify({ [PAD_KEY]: '' }));
  const pad = wide ? 'é'.repeat(Math.floor(room / 2)) + 'a'.repeat(room % 2) : 'a'.repeat(room);
  return { [PAD_KEY]: pad };
}

function sizeProbes(flat: FlatSchema): Probe[] {
  const limit = maxSerializedBytesOf(flat);
  const text = isJsonText(flat);
  if (!text && !(typesOf(flat)?.includes('object') && limit !== undefined)) return [];
  const bound = Math.min(limit ?? Infinity, text ? (flat.maxLength ?? Infinity) : Infinity);
  if (!Number.isFinite(bound)) return [];
  const as = (o: object) => (text ? JSON.stringify(o) : o);
  const constraint = limit === undefined ? 'maxLength' : MAX_SERIALIZED_BYTES;
  const probes: Probe[] = [
    { purpose: 'positive', value: as(paddedObject(bound, false)), constraint, why: `exactly ${bound} bytes of JSON: the limit` },
    { purpose: 'negative', value: as(paddedObject(bound + 1, false)), constraint, why: `${bound + 1} bytes of JSON: over the limit of ${bound}` },
  ];
  if (limit !== undefined) {
    const wide = paddedObject(limit + 1, true);
    const characters = [...JSON.stringify(wide)].length;
    if (characters <= (flat.maxLength ?? Infinity))
      probes.push({
        purpose: 'negative',
        value: as(wide),
        constraint,
        why: `${characters} characters but ${limit + 1} bytes of JSON: over the limit of ${limit} bytes`,
      });
  }
  return probes;
}

const minutes = (seconds: number) =>
  seconds % 3600 === 0 ? `${seconds / 3600} h` : seconds >= 3600 ? `${Math.floor(seconds / 3600)} h ${(seconds % 3600) / 60} min` : `${seconds / 60} min`;

function windowProbes(flat: FlatSchema, env: ValueEnv): Probe[] {
  const window = expiryWindowOf(flat);
  if (!window) return [];
  const at = (seconds: number) => iso(env.ctx.now + seconds * 1000);
  const margin = WINDOW_MARGIN_SECONDS;
  const below = window.minSeconds - Math.min(margin, window.minSeconds / 2);
  const span = `the window is ${minutes(window.minSeconds)} to ${minutes(window.maxSeconds)} from now`;
  return [
    { purpose: 'positive', value: at(window.defaultSeconds), constraint: EXPIRY_WINDOW, why: `${minutes(window.defaultSeconds)} from now: the default` },
    { purpose: 'positive', value: at(window.minSeconds + margin), constraint: EXPIRY_WINDOW, why: `${minutes(window.minSeconds + margin)} from now: ${span}` },
    { purpose: 'positive', value: at(window.maxSeconds - margin), constraint: EXPIRY_WINDOW, why: `${minutes(window.maxSeconds - margin)} from now: ${span}` },
    { purpose: 'negative', value: at(below), constraint: EXPIRY_WINDOW, why: `${minutes(below)} from now, too soon: ${span}` },
    {
      purpose: 'negative',
      value: at(window.maxSeconds + margin),
      constraint: EXPIRY_WINDOW,
      why: `${minutes(window.maxSeconds + margin)} from now, too late: ${span}`,
    },
  ];
}

const png = (width: number, height: number): FilePart => ({
  filename: `black-${width}x${height}.png`,
  contentType: 'image/png',
  bytes: blackPng(width, height),
});

function imageProbes(flat: FlatSchema, env: ValueEnv): Probe[] {
  const limits = imageLimitsOf(flat);
  if (!limits) return [];
  const padded = new Uint8Array(limits.maxBytes + 1);
  padded.set(env.ctx.image.bytes.subarray(0, padded.byteLength));
  const width = Math.min(limits.maxSide, Math.floor(Math.sqrt(limits.maxPixels)));
  const height = Math.floor(limits.maxPixels / width);
  const c = IMAGE_LIMITS;
  const probes: Probe[] = [
    { purpose: 'negative', value: { ...env.ctx.image, bytes: padded }, constraint: c, why: `over the limit of ${limits.maxBytes} bytes` },
    { purpose: 'positive', value: png(limits.maxSide, 1), constraint: c, why: `${limits.maxSide}×1 px: the limit per side` },
    { purpose: 'negative', value: png(limits.maxSide + 1, 1), constraint: c, why: `${limits.maxSide + 1}×1 px: over the limit of ${limits.maxSide} per side` },
    // Every dimension of the side rule: the height too.
    { purpose: 'positive', value: png(1, limits.maxSide), constraint: c, why: `1×${limits.maxSide} px: the limit per side, as the height` },
    {
      purpose: 'negative',
      value: png(1, limits.maxSide + 1),
      constraint: c,
      why: `1×${limits.maxSide + 1} px: a height over the limit of ${limits.maxSide} per side`,
    },
  ];
  if (height <= limits.maxSide) {
    const exact = width * height === limits.maxPixels;
    probes.push({
      purpose: 'positive',
      value: png(width, height),
      constraint: c,
      why: `${width}×${height} px: ${exact ? 'exactly' : 'within'} the limit of ${limits.maxPixels} pixels`,
    });
    if (height + 1 <= limits.maxSide)
      probes.push({
        purpose: 'negative',
        value: png(width, height + 1),
        constraint: c,
        why: `${width}×${height + 1} px: over the limit of ${limits.maxPixels} pixels`,
      });
  }
  return probes;
}

function partTypeProbes(flat: FlatSchema, partTypes: string[] | undefined): Probe[] {
  if (!isBinary(flat) || !partTypes?.length || partTypes.includes('text/plain')) return [];
  const text: FilePart = { filename: 'not-an-image.txt', contentType: 'text/plain', bytes: new TextEncoder().encode('not an image') };
  return [{ purpose: 'negative', value: text, constraint: 'encoding.contentType', why: `the part must be one of ${partTypes.join(', ')}` }];
}

export function limitProbes(flat: FlatSchema, env: ValueEnv, partTypes: string[] | undefined): Probe[] {
  return [...sizeProbes(flat), ...windowProbes(flat, env), ...imageProbes(flat, env), ...partTypeProbes(flat, partTypes)];
}
