// drafts-counted: a direct upload's draft counts in stats (`count.current`) until it expires.
import type { Variation } from './variation.js';

export const draftsCounted: Variation = {
  name: 'drafts-counted',
  exercises: 'open:drafts-in-stats',
  summary: "stats count direct uploads' drafts",
  install(hooks) {
    hooks.draftsCounted = true;
  },
};
