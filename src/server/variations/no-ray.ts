// no-ray: no response carries `cf-ray` (the spec documents it without `required`).
import type { Variation } from './variation.js';

export const noRay: Variation = {
  name: 'no-ray',
  exercises: 'open:ray-header',
  summary: 'no cf-ray header on any response',
  install(hooks) {
    hooks.noRay = true;
  },
};
