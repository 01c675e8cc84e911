// Reading what an SVG's root tag declares about its size (src/server/svg.ts).
import { describe, expect, it } from 'vitest';
import { SVG_ROOT_BOUND, svgDeclaredSize, svgRenderedSize, UnreadableSvg } from '../../src/server/svg.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const declared = (root: string, prolog = '') => svgDeclaredSize(bytes(`${prolog}<svg xmlns="http://www.w3.org/2000/svg"${root}><rect/></svg>`));

describe('svgDeclaredSize', () => {
  it('reads width and height in px, absolute and font-relative units; relative ones declare no size', () => {
    expect(declared(' width="10" height="20.5px"')).toEqual({ width: 10, height: 20.5 });
    expect(declared(' width="2in" height="2.54cm"')).toEqual({ width: 192, height: 96 });
    expect(declared(' width="72pt" height="1pc"')).toEqual({ width: 96, height: 16 });
    expect(declared(" width='10em' height=' 1e3 '")).toEqual({ width: 160, height: 1000 });
    expect(declared(' width="100%" height="auto"')).toEqual({});
    expect(declared(' width="50vw" height="-5"')).toEqual({});
    expect(declared(' width="1e400" height="1"').width).toBe(Infinity);
  });

  it('reads the viewBox (spaces or commas); one without a positive size is none', () => {
    expect(declared(' viewBox="0 0 300 150"')).toEqual({ viewBox: { width: 300, height: 150 } });
    expect(declared(' viewBox="-10,-10,20,30"')).toEqual({ viewBox: { width: 20, height: 30 } });
    expect(declared(' viewBox="0 0 0 10"')).toEqual({});
    expect(declared(' viewbox="0 0 10 10" WIDTH="99999"')).toEqual({}); // XML names are case-sensitive
  });

  it('decodes character references and refuses undefined entities', () => {
    expect(declared(' width="&#49;&#x30;0"')).toEqual({ width: 100 });
    expect(() => declared(' width="&big;"')).toThrow(UnreadableSvg);
  });

  it('skips a prolog (declaration, comments, processing instructions, a plain DOCTYPE) and takes a prefixed root', () => {
    const prolog =
      '\uFEFF<?xml version="1.0"?>\n<!-- a > comment -->\n<?pi x?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n';
    expect(declared(' width="5" height="6"', prolog)).toEqual({ width: 5, height: 6 });
    expect(svgDeclaredSize(bytes('<svg:svg xmlns:svg="http://www.w3.org/2000/svg" width="7"/>'))).toEqual({ width: 7 });
  });

  it('refuses what it cannot read: a root tag past the bound, an internal DTD subset, a malformed or duplicated attribute, another root', () => {
    const pad = 'x'.repeat(SVG_ROOT_BOUND);
    for (const [text, message] of [
      [`<svg data-pad="${pad}" width="99999">`, /does not end within the first 64 KB/],
      [`<!--${pad}--><svg width="99999">`, /does not end within the first 64 KB/],
      ['<svg width="99999"', /ends inside the root <svg> tag/],
      ['<!DOCTYPE svg [<!ATTLIST svg width CDATA "99999">]><svg/>', /internal subset/],
      ['<svg width=99999>', /malformed/],
      ['<svg width="1"height="2">', /malformed/],
      ['<svg width="1" width="99999">', /two width attributes/],
      ['<html><svg width="1"/></html>', /root element is not <svg>/],
    ] as const)
      expect(() => svgDeclaredSize(bytes(text)), text.slice(0, 40)).toThrow(message);
  });
});

describe('svgRenderedSize', () => {
  it('derives a missing side from the viewBox aspect ratio, and both from the viewBox alone', () => {
    expect(svgRenderedSize({ width: 99999, viewBox: { width: 1, height: 1 } })).toEqual({ width: 99999, height: 99999 });
    expect(svgRenderedSize({ height: 10, viewBox: { width: 30, height: 10 } })).toEqual({ width: 30, height: 10 });
    expect(svgRenderedSize({ viewBox: { width: 30, height: 10 } })).toEqual({ width: 30, height: 10 });
    expect(svgRenderedSize({ width: 5 })).toEqual({ width: 5, height: undefined });
    expect(svgRenderedSize({})).toEqual({ width: undefined, height: undefined });
  });
});
