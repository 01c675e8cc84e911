// Request generation for the contract run: pure, deterministic functions from the spec to cases.
export { WINDOW_MARGIN_SECONDS, type GenerationContext } from './context.js';
export { exampleCases } from './examples.js';
export { coverageCases } from './coverage.js';
export { fuzzCase } from './fuzz.js';
export { routeOf } from './oracle.js';
export { bodyRuleIssues } from './rules.js';
