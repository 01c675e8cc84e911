// whole-second-expiry: a signed URL's `exp` is compared with the clock in whole seconds, so a URL
// stays valid through the whole second its `exp` names (the default expires it at that second's start).
import type { Variation } from './variation.js';

export const wholeSecondExpiry: Variation = {
  name: 'whole-second-expiry',
  exercises: 'open:clock-precision',
  summary: 'a signed URL expires after the second its exp names, not at its start',
  install(hooks) {
    hooks.signatureExpired = (exp, nowMs) => exp < Math.floor(nowMs / 1000);
  },
};
