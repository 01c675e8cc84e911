// The nesting depth of a value already parsed (the counterpart of bounded.ts's jsonDepthExceeds
// for text), measured without recursion, so a caller can refuse a value before a recursive walker
// (a validator, a redactor) overflows its stack on it. Runtime-neutral.

/** Whether arrays and objects in `value` nest deeper than `limit`; stops as soon as they do. */
export function valueDepthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  const seen = new Set<object>(); // a value shared or cyclic (not from JSON.parse) is walked once
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object' || seen.has(item)) continue;
    seen.add(item);
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}
