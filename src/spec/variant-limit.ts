// How many variants an account may have: the spec's VariantMap states it (`maxProperties`), and
// createVariant's `at-most` rule refuses one more.
import { specInteger } from './fact.js';

export const MAX_VARIANTS = specInteger('/components/schemas/VariantMap/properties/variants/maxProperties');
