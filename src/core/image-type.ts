import { facts } from '../../generated/operations.js';

export type ImageMediaType = (typeof facts.imageMediaTypes)[number];

const EXTENSIONS: Record<ImageMediaType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'image/heic': 'heic',
  'image/avif': 'avif',
};

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The image media type of `head` (the first bytes of a file, 64 are enough), from its magic bytes. */
export function sniffImageType(head: Uint8Array): ImageMediaType | undefined {
  if (head[0] === 0x89 && ascii(head, 1, 4) === 'PNG') return 'image/png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12);
    if (brand === 'avif' || brand === 'avis') return 'image/avif';
    if (['heic', 'heix', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'image/heic';
  }
  const text = new TextDecoder().decode(head.subarray(0, 256)).trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(text)) return 'image/svg+xml';
  return undefined;
}

export function extensionOf(type: ImageMediaType): string {
  return EXTENSIONS[type];
}

export function isImageMediaType(type: string): type is ImageMediaType {
  return (facts.imageMediaTypes as readonly string[]).includes(type);
}
