// A 1×1 PNG, shared by the runtime tests and the scripts they bundle (plain `atob`, so it works in
// Node, workerd and browsers alike).
const PIXEL_PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export function pixelPng(): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(PIXEL_PNG_BASE64), (c) => c.charCodeAt(0));
}
