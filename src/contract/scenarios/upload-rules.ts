// upload_rules: uploads that break the API's rules — bytes that are not an image, a file one byte
// over the size limit, one pixel over the side limit, over the pixel limit, a file and a url
// together, a custom id that requires signed URLs — are refused with a documented 4xx, and leave
// no image behind (each has a custom id, so its absence can be checked).
import { NON_RESOLVING_URL } from '../generate/values.js';
import { facts } from '../../../generated/operations.js';
import type { FilePart } from '../model/case.js';
import { PIXEL_PNG } from '../engine/fixtures.js';
import { creatorFor, customIdFor, expectAnswer, expectRefused, send, tagged, writingScenario, type Ctx } from './kit.js';
import { blackPng } from '../schema/png.js';

const CHECK = 'upload_rules';
const limits = facts.imageLimits;

interface Rule {
  slug: string;
  what: string;
  pointer: string;
  fields: () => Promise<Record<string, string | FilePart>>;
}

const png = (bytes: Uint8Array): FilePart => ({ filename: 'contract.png', contentType: 'image/png', bytes });

/** A picture over the pixel limit with neither side over the side limit, or undefined when the limits leave no such picture. */
function overPixelLimit(): { width: number; height: number } | undefined {
  const width = Math.min(limits.maxSide, Math.ceil(Math.sqrt(limits.maxPixels + 1)));
  const height = Math.ceil((limits.maxPixels + 1) / width);
  return height <= limits.maxSide ? { width, height } : undefined;
}

/** A 1×1 24-bit BMP: a real picture (its dimensions read fine) in a format the API does not take. */
function bmp(): FilePart {
  const bytes = new Uint8Array(58);
  const view = new DataView(bytes.buffer);
  bytes.set([0x42, 0x4d]); // "BM"
  view.setUint32(2, bytes.length, true);
  view.setUint32(10, 54, true); // pixel data offset
  view.setUint32(14, 40, true); // BITMAPINFOHEADER
  view.setInt32(18, 1, true);
  view.setInt32(22, 1, true);
  view.setUint16(26, 1, true); // planes
  view.setUint16(28, 24, true); // bits per pixel
  view.setUint32(34, 4, true); // pixel data size (one row, padded to 4 bytes)
  return { filename: 'contract.bmp', contentType: 'image/bmp', bytes };
}

/** `bytes` followed by zeros up to `size` bytes. */
function paddedTo(bytes: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  out.set(bytes);
  return out;
}

function rules(): Rule[] {
  const overPixels = overPixelLimit();
  return [
    {
      slug: 'not-an-image',
      what: 'bytes that are not an image (sent as image/png)',
      pointer: '/body/file',
      fields: async () => ({ file: png(new TextEncoder().encode('not an image, only text')) }),
    },
    {
      slug: 'unsupported-format',
      what: `a picture in a format not among ${facts.imageMediaTypes.join(', ')} (BMP)`,
      pointer: '/body/file',
      fields: async () => ({ file: bmp() }),
    },
    {
      slug: 'too-many-bytes',
      what: `a file of ${limits.maxBytes + 1} bytes (limit ${limits.maxBytes})`,
      pointer: '/body/file',
      fields: async () => ({ file: png(paddedTo(PIXEL_PNG, limits.maxBytes + 1)) }),
    },
    {
      slug: 'too-wide',
      what: `a picture ${limits.maxSide + 1} px wide (limit ${limits.maxSide})`,
      pointer: '/body/file',
      fields: async () => ({ file: png(blackPng(limits.maxSide + 1, 1)) }),
    },
    {
      slug: 'too-tall',
      what: `a picture ${limits.maxSide + 1} px tall (limit ${limits.maxSide})`,
      pointer: '/body/file',
      fields: async () => ({ file: png(blackPng(1, limits.maxSide + 1)) }),
    },
    ...(overPixels
      ? [
          {
            slug: 'too-many-pixels',
            what: `a picture of ${overPixels.width}×${overPixels.height} px (limit ${limits.maxPixels} pixels)`,
            pointer: '/body/file',
            fields: async () => ({ file: png(blackPng(overPixels.width, overPixels.height)) }),
          },
        ]
      : []),
    { slug: 'file-and-url', what: 'both a file and a url', pointer: '/body', fields: async () => ({ file: png(PIXEL_PNG), url: NON_RESOLVING_URL }) },
    {
      slug: 'signed-custom-id',
      what: 'a custom id with requireSignedURLs true',
      pointer: '/body',
      fields: async () => ({ file: png(PIXEL_PNG), requireSignedURLs: 'true' }),
    },
  ];
}

async function tryRule(ctx: Ctx, rule: Rule): Promise<void> {
  const id = customIdFor(ctx, `rules/${rule.slug}`);
  const fields = { ...(await rule.fields()), id, metadata: JSON.stringify(tagged(ctx)), creator: creatorFor(ctx, 'rules') };
  const label = `an upload of ${rule.what}`;
  const x = await send(ctx, 'uploadImage', label, { purpose: 'negative', pointer: rule.pointer, body: { kind: 'multipart', fields } });
  expectRefused(ctx, CHECK, `${label} is refused`, x);
  await expectAnswer(ctx, CHECK, 'getImage', `${label} leaves no image ${id}`, { image_id: id }, 'a refusal');
}

export const uploadRules = writingScenario({
  name: 'upload rules',
  checks: [CHECK],
  async run(ctx) {
    for (const rule of rules()) {
      ctx.progress(`stateful › upload rules › ${rule.slug}`);
      await tryRule(ctx, rule);
    }
  },
});
