// sparse-images: images shown without what the Image schema lets a server leave out and that
// carries nothing the caller set: `filename` always, `creator` when it is null. `id` (required)
// and the `x-cf-always-sent` fields stay.
import { specFact } from '../../spec/fact.js';
import type { Image } from './hooks.js';
import type { Variation } from './variation.js';

const isNames = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
const kept = ['required', 'x-cf-always-sent'].flatMap((list) => specFact(`/components/schemas/Image/${list}`, isNames, 'a list of property names'));
for (const field of ['filename', 'creator']) if (kept.includes(field)) throw new Error(`sparse-images: the spec's Image requires or always sends ${field}`);

function sparse({ filename: _filename, ...shown }: Image): Image {
  if (shown.creator === null) delete shown.creator;
  return shown;
}

export const sparseImages: Variation = {
  name: 'sparse-images',
  exercises: '#/components/schemas/Image',
  summary: 'images without filename, and without creator when null',
  install(hooks) {
    hooks.imageViews.push(sparse);
  },
};
