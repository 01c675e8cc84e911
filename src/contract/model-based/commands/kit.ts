// What the model-based commands share: the command type, expectations, the files they upload and
// what an image read must show of the model.
import type fc from 'fast-check';
import { blackPng } from '../../schema/png.js';
import type { CheckName, SpecSource } from '../../checks/registry.js';
import type { FilePart } from '../../model/case.js';
import type { Expectation, Fact } from '../expectation.js';
import type { ImageModel, Model } from '../model.js';
import type { Real } from '../real.js';

export type Command = fc.AsyncCommand<Model, Real, false>;

export const expectation = (check: CheckName, sources: readonly SpecSource[], says: string, facts: readonly Fact[], settles = false): Expectation => ({
  check,
  sources,
  says,
  facts,
  settles,
});

/** Small distinct PNGs, so a blob shows which file it is. */
export const FILES: readonly FilePart[] = [
  [1, 1],
  [2, 1],
  [1, 2],
].map(([w, h], i) => ({ filename: `model-${i}.png`, contentType: 'image/png', bytes: blackPng(w, h) }));

export const base64Of = (bytes: Uint8Array) => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/** What a read of a stored image (or a draft) shows: its id and every field the model knows. */
export function imageFacts(image: ImageModel, at = '/result'): Fact[] {
  return [
    { kind: 'equals', pointer: `${at}/id`, value: image.id },
    { kind: 'equals', pointer: `${at}/meta`, value: image.meta },
    { kind: 'equals', pointer: `${at}/creator`, value: image.creator },
    { kind: 'equals', pointer: `${at}/requireSignedURLs`, value: image.requireSignedURLs, absentMeans: false },
    { kind: 'equals', pointer: `${at}/draft`, value: image.state === 'draft' ? true : undefined },
    ...(image.filename === undefined ? [] : [{ kind: 'equals', pointer: `${at}/filename`, value: image.filename, ifPresent: true } as Fact]),
  ];
}

/** A metadata object of the model's vocabulary: the run's tag, and fields the list filters select on. */
export interface MetaChoice {
  color: string | undefined;
  size: number;
  nested: boolean;
}

export const COLORS = ['red', 'blue', ''] as const;

export function metaOf(model: Model, choice: MetaChoice): Record<string, unknown> {
  return {
    [model.naming.tag.field]: model.naming.tag.value,
    ...(choice.color === undefined ? {} : { color: choice.color }),
    size: choice.size,
    ...(choice.nested ? { shape: { edges: choice.size } } : {}),
  };
}

/** The label of an image for reports: its id, and what it is. */
export const describeImage = (image: ImageModel) => `${image.state === 'draft' ? 'draft' : image.state === 'deleted' ? 'deleted image' : 'image'} ${image.id}`;
