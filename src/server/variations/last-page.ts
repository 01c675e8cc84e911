// last-page-token-absent / last-page-token-to-empty-page: the two other ways the spec lets a v2
// listing end (they combine: a full last page's token then leads to a page without one).
import type { Variation } from './variation.js';

export const lastPageTokenAbsent: Variation = {
  name: 'last-page-token-absent',
  exercises: 'open:last-page',
  summary: "v2's last page has no continuation_token property (instead of null)",
  install(hooks) {
    hooks.lastPageTokenAbsent = true;
  },
};

export const lastPageTokenToEmptyPage: Variation = {
  name: 'last-page-token-to-empty-page',
  exercises: 'open:last-page',
  summary: 'a full last v2 page has a token to an empty page (token null)',
  install(hooks) {
    hooks.tokenOnFullLastPage = true;
  },
};
