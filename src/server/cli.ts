#!/usr/bin/env node
// `npm run serve -- …` / `cf-images-server …`. Before anything that reads the spec is loaded:
// generated/ must be derived from the spec beside it (a checkout), and a fact the server reads
// from the spec must still be there — each a one-line error, exit 2.
import { SpecFactMissing } from '../spec/fact.js';
import { assertGeneratedFresh, StaleGenerated } from '../spec/generated-freshness.js';

try {
  assertGeneratedFresh();
  await import('./serve-command.js');
} catch (error) {
  if (!(error instanceof StaleGenerated || error instanceof SpecFactMissing)) throw error;
  process.stderr.write(`cf-images-server: ${error.message}\n`);
  process.exitCode = 2;
}
