// lagging-lists: the v1 and v2 lists and stats show the images as they were `listLagMs` ago
// (eventual consistency): a write (an upload, edit or delete, a direct upload and its completion)
// shows there only after that delay. Reads of one image, the blob and delivery are not delayed.
import { performance } from 'node:perf_hooks';
import type { StoredImage } from '../state.js';
import type { Variation } from './variation.js';

type Images = ReadonlyMap<string, StoredImage>;

/** The images as committed over time; `view()` is the newest state at least `lagMs` old. */
export function laggingView(initial: Images, lagMs: number, clock: () => number = () => performance.now()) {
  // Oldest first; the first entry is the state in force `lagMs` ago (or the initial one).
  const history: { at: number; images: Images }[] = [{ at: -Infinity, images: initial }];
  const prune = () => {
    const cutoff = clock() - lagMs;
    while (history.length > 1 && history[1].at <= cutoff) history.shift();
  };
  return {
    record(images: Images): void {
      history.push({ at: clock(), images });
      prune();
    },
    view(): Images {
      prune();
      return history[0].images;
    },
  };
}

export const laggingLists: Variation = {
  name: 'lagging-lists',
  exercises: 'open:read-after-write',
  summary: 'lists and stats show a write only after --list-lag-ms',
  install(_hooks, { state, options }) {
    const lagging = laggingView(state.images, options.listLagMs);
    state.onCommit((images) => lagging.record(images));
    state.showListsThrough(() => lagging.view());
  },
};
