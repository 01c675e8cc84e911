import type { Transport } from './transport.js';

/** A resource of the API's path tree: its own methods, its sub-resources as fields (as the official SDK lays them out). */
export abstract class APIResource {
  constructor(protected readonly transport: Transport) {}
}
