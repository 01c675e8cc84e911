// What an SVG declares about its size, read from its root `<svg>` start tag (no XML parser, no
// entity expansion): `width` and `height` with their units, and the `viewBox`. The root tag must
// end within SVG_ROOT_BOUND bytes; an SVG whose root cannot be read is refused, never exempted.

/** Bytes within which the root `<svg …>` start tag must end. */
export const SVG_ROOT_BOUND = 64 * 1024;

/** An SVG whose root tag cannot be read within the bound: refused at upload. */
export class UnreadableSvg extends Error {
  override name = 'UnreadableSvg';
}

export interface SvgDeclaredSize {
  /** The `width` attribute in px (absolute and font-relative units converted); absent when not given, or relative (%, vw, auto). */
  width?: number;
  height?: number;
  /** The `viewBox`'s width and height (user units), when it has a positive size. */
  viewBox?: { width: number; height: number };
}

// CSS px per unit (96 per inch; em, rem, ex and ch at the default 16 px font).
const PX_PER_UNIT: Record<string, number> = { px: 1, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, q: 96 / 101.6, pt: 96 / 72, pc: 16, em: 16, rem: 16, ex: 8, ch: 8 };
const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const LENGTH = new RegExp(String.raw`^\s*(${NUMBER})\s*([A-Za-z]+|%)?\s*$`);
const VIEW_BOX = new RegExp(String.raw`^\s*(${NUMBER})(?:\s*,\s*|\s+)(${NUMBER})(?:\s*,\s*|\s+)(${NUMBER})(?:\s*,\s*|\s+)(${NUMBER})\s*$`);
const SPACE = /[ \t\r\n]*/y;
const NAME = /[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/y;
const ATTRIBUTE = /([^\s=/>"']+)[ \t\r\n]*=[ \t\r\n]*(["'])/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** A length attribute in px; undefined for what gives no absolute size (absent, %, viewport units, auto, not a length, ≤ 0). */
function lengthPx(value: string | undefined): number | undefined {
  const match = value === undefined ? null : LENGTH.exec(value);
  const factor = match && PX_PER_UNIT[(match[2] ?? 'px').toLowerCase()];
  if (!match || !factor) return undefined;
  const px = Number(match[1]) * factor;
  return px > 0 ? px : undefined;
}

function viewBoxSize(value: string | undefined): SvgDeclaredSize['viewBox'] {
  const match = value === undefined ? null : VIEW_BOX.exec(value);
  if (!match) return undefined;
  const [width, height] = [Number(match[3]), Number(match[4])];
  return width > 0 && height > 0 ? { width, height } : undefined; // zero or negative disables rendering
}

/** Character references and the predefined entities; any other entity is refused (there is no DTD to define it). */
function decodeReferences(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g, (_, ref: string) => {
    if (ref[0] !== '#') {
      if (ref in PREDEFINED) return PREDEFINED[ref];
      throw new UnreadableSvg(`the root <svg> tag uses the undefined entity &${ref};`);
    }
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  });
}

/** Index just past `close`, searched from `from`; the root tag is not reached when it is missing. */
function past(text: string, from: number, close: string, what: string, truncated: boolean): number {
  const end = text.indexOf(close, from);
  if (end < 0) throw notWithinBound(truncated, what);
  return end + close.length;
}

const notWithinBound = (truncated: boolean, what: string) =>
  new UnreadableSvg(truncated ? `the root <svg> tag does not end within the first ${SVG_ROOT_BOUND / 1024} KB of the file` : `the SVG ends inside ${what}`);

/** The attributes of the root `<svg>` start tag (those without a namespace prefix are the SVG's own). */
function svgRootAttributes(bytes: Uint8Array): Map<string, string> {
  const truncated = bytes.byteLength > SVG_ROOT_BOUND;
  const text = new TextDecoder().decode(bytes.subarray(0, SVG_ROOT_BOUND));
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const skipSpace = () => {
    SPACE.lastIndex = at;
    SPACE.exec(text);
    at = SPACE.lastIndex;
  };
  // The prolog: XML declaration, processing instructions, comments, a DOCTYPE without an internal subset.
  for (;;) {
    skipSpace();
    if (text.startsWith('<?', at)) at = past(text, at + 2, '?>', 'a processing instruction', truncated);
    else if (text.startsWith('<!--', at)) at = past(text, at + 4, '-->', 'a comment', truncated);
    else if (text.startsWith('<!DOCTYPE', at)) {
      const end = past(text, at, '>', 'the DOCTYPE', truncated);
      // Its entities and default attributes could declare a size this reading does not see.
      if (text.slice(at, end).includes('[')) throw new UnreadableSvg('the SVG has a DOCTYPE with an internal subset (entity or attribute declarations)');
      at = end;
    } else break;
  }
  if (at >= text.length) throw notWithinBound(truncated, 'its prolog');
  NAME.lastIndex = at + 1;
  const name = text[at] === '<' ? NAME.exec(text)?.[0] : undefined;
  if (name?.split(':').pop() !== 'svg') throw new UnreadableSvg(`the root element is not <svg>`);
  at = NAME.lastIndex;

  const attributes = new Map<string, string>();
  for (;;) {
    const before = at;
    skipSpace();
    if (at >= text.length) throw notWithinBound(truncated, 'the root <svg> tag');
    if (text[at] === '>' || text.startsWith('/>', at)) return attributes;
    ATTRIBUTE.lastIndex = at;
    const attribute = at > before ? ATTRIBUTE.exec(text) : null;
    if (!attribute) throw text.includes('>', at) ? new UnreadableSvg('the root <svg> tag is malformed') : notWithinBound(truncated, 'the root <svg> tag');
    const [, attributeName, quote] = attribute;
    const end = text.indexOf(quote, ATTRIBUTE.lastIndex);
    if (end < 0) throw notWithinBound(truncated, 'the root <svg> tag');
    if (attributes.has(attributeName)) throw new UnreadableSvg(`the root <svg> tag has two ${attributeName} attributes`);
    attributes.set(attributeName, text.slice(ATTRIBUTE.lastIndex, end));
    at = end + 1;
  }
}

/** Every size the root `<svg>` declares. Throws UnreadableSvg when the root tag cannot be read within the bound. */
export function svgDeclaredSize(bytes: Uint8Array): SvgDeclaredSize {
  const attributes = svgRootAttributes(bytes);
  const read = (name: string) => {
    const value = attributes.get(name);
    return value === undefined ? undefined : decodeReferences(value);
  };
  const size: SvgDeclaredSize = {};
  const width = lengthPx(read('width'));
  const height = lengthPx(read('height'));
  const viewBox = viewBoxSize(read('viewBox'));
  if (width !== undefined) size.width = width;
  if (height !== undefined) size.height = height;
  if (viewBox) size.viewBox = viewBox;
  return size;
}

/**
 * The size the SVG renders at, as a browser sizes it: width and height as given; one of them
 * missing, from the other and the viewBox's aspect ratio; both missing, the viewBox's.
 */
export function svgRenderedSize({ width, height, viewBox }: SvgDeclaredSize): { width?: number; height?: number } {
  const ratio = viewBox && viewBox.width / viewBox.height;
  return {
    width: width ?? (height !== undefined && ratio ? height * ratio : viewBox?.width),
    height: height ?? (width !== undefined && ratio ? width / ratio : viewBox?.height),
  };
}
