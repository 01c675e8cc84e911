// Placeholder until the request generators land (examples, coverage and fuzz cases from the spec).
import type fc from 'fast-check';
import type { OperationId } from '../../../generated/operations.js';
import type { Case, FilePart } from '../engine/case.js';

export interface GenerationContext {
  image: FilePart;
  now: number;
  resources: { imageId?: string; variantId?: string; signingKeyName?: string };
  runTag: string;
}

export function exampleCases(_ctx: GenerationContext): Case[] {
  return [];
}

export function coverageCases(_operationId: OperationId, _ctx: GenerationContext): Case[] {
  return [];
}

export function fuzzCase(_operationId: OperationId, _ctx: GenerationContext, _purpose: 'positive' | 'negative'): fc.Arbitrary<Case> | undefined {
  return undefined;
}
