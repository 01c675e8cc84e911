// What the server does with the data of a request: negative_data_rejection (an invalid request →
// a documented 4xx), positive_data_acceptance (a valid one is not refused) and upload_rules
// (non-image bytes, over-limit files, pixel and side limits).
import { mutant, type Mutant } from '../mutant.js';

export const VALIDATION_MUTANTS: Mutant[] = [
  mutant(
    'params-validator-skipped',
    'negative_data_rejection',
    "the spec's parameter validators are never run (per_page = 5, page = 0, a bad sort_order … are answered 200)",
    'api.ts',
    "    validateOrThrow(`${operationId}.params`, params, '');\n",
    '',
  ),
  mutant(
    'body-validator-skipped',
    'negative_data_rejection',
    'request bodies are never validated (a variant without options, file + url, a custom id with requireSignedURLs …)',
    'api.ts',
    "if (body !== undefined) validateOrThrow(`${operationId}.body`, body, '/body');",
    '',
  ),
  mutant(
    'invalid-json-500',
    'negative_data_rejection',
    'a JSON body that does not parse is a 500 (a plain Error thrown instead of a 400)',
    'api.ts',
    "throw badRequest('body: is not valid JSON', '/body');",
    "throw new Error('body: is not valid JSON');",
    { needs: 'a JSON body that does not parse' },
  ),
  mutant(
    'filter-operator-unchecked',
    'negative_data_rejection',
    'the parser skips its test of the filter operator',
    'filters.ts',
    "    if (!isFilterOperator(operator)) throw fail(`Unsupported metadata filter operator: '${operator}'`, key);\n",
    '',
    {
      equivalent:
        "the key grammar test a few lines on refuses the same key with the same 400 and code 5400; only the message differs ('must have the form' instead of 'Unsupported metadata filter operator')",
    },
  ),
  mutant(
    'metadata-size-in-characters',
    'negative_data_rejection',
    'the 1024-byte metadata limit is counted in UTF-16 characters, so multi-byte metadata over 1024 bytes is accepted',
    'metadata.ts',
    "const bytes = Buffer.byteLength(serialized, 'utf8');",
    'const bytes = serialized.length;',
    { needs: 'metadata over 1024 bytes in UTF-8 but at most 1024 UTF-16 units (multi-byte characters)' },
  ),
  mutant(
    'expiry-lower-bound-dropped',
    'negative_data_rejection',
    'a direct-upload expiry in the past (or under 2 minutes away) is accepted',
    'routes/images-v2.ts',
    'if (!(seconds >= window.minSeconds && seconds <= window.maxSeconds))',
    'if (!(seconds <= window.maxSeconds))',
    { needs: 'a direct upload with an expiry in the past or under 2 minutes away' },
  ),
  mutant(
    'upload-accepts-non-image',
    'upload_rules',
    "a file of an unsupported format is stored when its size can be read (the sniffer's undefined compared with null)",
    'ingest.ts',
    '  if (!contentType)\n',
    '  if (contentType === null)\n',
    { needs: 'an image of an unsupported format whose dimensions can be read (a BMP): bytes that are no image at all are still refused, as corrupt' },
  ),
  mutant(
    'upload-size-limit-in-kib',
    'upload_rules',
    'the 10 MB limit is compared in KiB, so a file over 10 MB (up to the body limit) is accepted',
    'ingest.ts',
    'if (bytes.byteLength > limits.maxBytes)',
    'if (bytes.byteLength / 1024 > limits.maxBytes)',
    { needs: 'a file just over 10 MB' },
  ),
  mutant(
    'upload-pixel-limit-sum',
    'upload_rules',
    'the 100-megapixel limit adds width and height instead of multiplying them',
    'ingest.ts',
    'if (width !== undefined && height !== undefined && width * height > limits.maxPixels)',
    'if (width !== undefined && height !== undefined && width + height > limits.maxPixels)',
    { needs: 'an image over 100 megapixels with both sides within 12,000 px (10,001 × 10,001, say)' },
  ),
  mutant(
    'upload-missing-await',
    'ensure_resource_availability',
    "a missing await on the file part's arrayBuffer(): every file upload is empty and refused with 400",
    'routes/images.ts',
    'bytes = new Uint8Array(await body.file.arrayBuffer());',
    'bytes = new Uint8Array(body.file.arrayBuffer() as unknown as ArrayBuffer);',
  ),
];

const SIDES = 'if ((width ?? 0) > limits.maxSide || (height ?? 0) > limits.maxSide)';
const WINDOW = 'if (!(seconds >= window.minSeconds && seconds <= window.maxSeconds))';
const FILTER_COUNT = 'if (keys.length > rules.maxFilters)';
const LIST_COUNT = 'if (values.length > rules.maxListValues)';
/** The spec's validator of the query left out for the filters (the server's parser checks them): then the parser alone decides. */
const FILTERS_LEFT_TO_PARSER = {
  file: 'src/server/api.ts',
  find: "    validateOrThrow(`${operationId}.params`, params, '');\n",
  replace:
    "    const { meta: _parsedByCheckQuery, ...unfiltered } = params.query as Record<string, unknown>;\n    validateOrThrow(`${operationId}.params`, { ...params, query: unfiltered }, '');\n",
};

// Limits probed on both sides and in every dimension (issue 19): a value exactly at a documented
// maximum is accepted, one past it refused.
export const LIMIT_MUTANTS: Mutant[] = [
  mutant(
    'metadata-at-limit-refused',
    'positive_data_acceptance',
    'metadata of exactly 1024 bytes is refused (>= instead of >)',
    'metadata.ts',
    'if (bytes > MAX)',
    'if (bytes >= MAX)',
    { needs: 'metadata of exactly 1024 bytes' },
  ),
  mutant(
    'per-page-max-refused',
    'positive_data_acceptance',
    'v2 refuses per_page at its documented maximum, 10000 (its own check says below 10000)',
    'routes/images-v2.ts',
    '    const perPage = query.per_page ?? DEFAULT_PER_PAGE;\n',
    "    const perPage = query.per_page ?? DEFAULT_PER_PAGE;\n    if (perPage >= 10000) throw badRequest('per_page: must be below 10000', '/query/per_page');\n",
    { needs: 'per_page = 10000' },
  ),
  mutant(
    'upload-side-at-limit-refused',
    'positive_data_acceptance',
    'an image exactly 12,000 px wide (or tall) is refused (>= instead of >)',
    'ingest.ts',
    SIDES,
    'if ((width ?? 0) >= limits.maxSide || (height ?? 0) >= limits.maxSide)',
    { needs: 'an image 12,000 px wide' },
  ),
  mutant(
    'upload-height-unchecked',
    'upload_rules',
    'the side limit is checked on the width only: an image 12,001 px tall (and 1 px wide) is accepted',
    'ingest.ts',
    SIDES,
    'if ((width ?? 0) > limits.maxSide)',
    { needs: 'an image 12,001 px tall and narrow enough to stay within 100 megapixels' },
  ),
  mutant(
    'expiry-window-edge-exclusive',
    'positive_data_acceptance',
    "a direct-upload expiry exactly at the window's edge (2 minutes or 6 hours away) is refused (> and < instead of >= and <=)",
    'routes/images-v2.ts',
    WINDOW,
    'if (!(seconds > window.minSeconds && seconds < window.maxSeconds))',
    {
      equivalent:
        "no request can land on an edge: the window is measured to the millisecond from when the server reads the request, so an expiry sent as 'now + 6 h' is a little under 6 h away when it is read (inside both windows) and 'now + 2 min' a little under 2 minutes (outside both); x-cf-expiry-window states bounds relative to now, not a precision",
    },
  ),
  mutant(
    'expiry-window-near-max-refused',
    'positive_data_acceptance',
    'a direct-upload expiry in the last 2 minutes before the 6-hour maximum is refused (the window shrunk by a clock-skew allowance)',
    'routes/images-v2.ts',
    WINDOW,
    'if (!(seconds >= window.minSeconds && seconds + 120 <= window.maxSeconds))',
    {
      needs: "an expiry less than 2 minutes short of 6 hours (the run's probe is 5 minutes short)",
    },
  ),
  mutant(
    'filters-max-refused',
    'positive_data_acceptance',
    'exactly 5 metadata filters are refused (>= instead of >)',
    'filters.ts',
    FILTER_COUNT,
    'if (keys.length >= rules.maxFilters)',
    { needs: '5 metadata filters' },
  ),
  mutant(
    'filter-in-max-values-refused',
    'positive_data_acceptance',
    'an in filter with exactly 10 values is refused (>= instead of >)',
    'filters.ts',
    LIST_COUNT,
    'if (values.length >= rules.maxListValues)',
    { needs: 'an in filter with 10 values' },
  ),
  {
    id: 'filters-six-accepted',
    check: 'negative_data_rejection',
    bug: "6 metadata filters are accepted: the filters are left to the server's own parser (the spec's schema is not run on them), whose count allows one too many",
    edits: [FILTERS_LEFT_TO_PARSER, { file: 'src/server/filters.ts', find: FILTER_COUNT, replace: 'if (keys.length > rules.maxFilters + 1)' }],
    needs: '6 metadata filters',
  },
  {
    id: 'filter-in-eleven-accepted',
    check: 'negative_data_rejection',
    bug: "an in filter with 11 values is accepted: the filters are left to the server's own parser (neither the spec's schema nor its value patterns are applied), whose count allows one too many",
    edits: [
      FILTERS_LEFT_TO_PARSER,
      { file: 'src/server/filters.ts', find: LIST_COUNT, replace: 'if (values.length > rules.maxListValues + 1)' },
      {
        file: 'src/server/filters.ts',
        find: "    if (!isAllowedFilterValue(key, raw)) throw fail(`Invalid metadata filter value: '${raw}' for '${key}'`, key);\n",
        replace: '',
      },
    ],
    needs: 'an in filter with 11 values',
  },
];
