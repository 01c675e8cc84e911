import type { GenerationContext } from '../../src/contract/generate/context.js';
import { pixelPng } from '../runtimes/pixel.js';

export const NOW = Date.parse('2026-12-02T12:00:00Z');

export const context = (overrides: Partial<GenerationContext> = {}): GenerationContext => ({
  image: { filename: 'pixel.png', contentType: 'image/png', bytes: pixelPng() },
  now: NOW,
  resources: {},
  runTag: 'ct7x',
  ...overrides,
});

export const withResources = () => context({ resources: { imageId: 'existing/image-1', variantId: 'existingVariant', signingKeyName: 'existingKey' } });

/** A readable account of a verdict, for assertion messages. */
export const explain = (label: string, verdict: { route: string; issues: { pointer: string; message: string }[] }) =>
  `${label}\n  route: ${verdict.route}\n  issues: ${verdict.issues.map((i) => `${i.pointer} ${i.message}`).join('; ') || 'none'}`;
