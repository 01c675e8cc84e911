// The response against its documented response: status, content type, body schema and headers.
import { validators, type ValidateFunction } from '../../../generated/validators.js';
import { JsonTooDeep } from '../../core/bounded.js';
import { documentedHeaders, type HeaderSchema } from '../../spec/document.js';
import { issuesOf } from '../../spec/issues.js';
import { valueAt } from '../../spec/pointer.js';
import { redactValue } from './redact.js';
import { byteCount, violation, type Check, type ResponseUnderCheck } from './exchange.js';

/** A URL as a report may show it: origin and path (no credentials, query or fragment, which may carry secrets). */
const shownUrl = (url: URL) => `${url.origin}${url.pathname}`;

/** What a 3xx answer redirects to, naming both URLs: `a redirect from … to … (another origin)`; '' for anything else. */
function redirectNote(x: ResponseUnderCheck): string {
  const location = x.headers.get('location')?.[0];
  if (x.input.status < 300 || x.input.status > 399 || location === undefined) return '';
  let from: URL | undefined;
  try {
    from = x.input.url === undefined ? undefined : new URL(x.input.url);
  } catch {
    from = undefined;
  }
  let to: URL;
  try {
    to = new URL(location, from);
  } catch {
    return ': a redirect to a Location that is not a URL';
  }
  if (!from) return `: a redirect to ${shownUrl(to)}`;
  return `: a redirect from ${shownUrl(from)} to ${shownUrl(to)}${from.origin === to.origin ? '' : ' (another origin)'}`;
}

const statusCodeConformance: Check = (x) =>
  x.statusKey
    ? []
    : [
        violation(
          x,
          'status_code_conformance',
          'status',
          '',
          `status ${x.input.status} is not documented for ${x.operationId} (documented: ${Object.keys(x.operation.responses).join(', ')})${redirectNote(x)}`,
          x.input.status,
        ),
      ];

const contentTypeConformance: Check = (x) => {
  const { documented, statusKey, mediaType } = x;
  if (!documented || !x.hasBody || documented.contentTypes.length === 0) return [];
  const listed = documented.contentTypes.join(', ');
  if (!mediaType)
    return [violation(x, 'content_type_conformance', 'header', '/content-type', `no Content-Type; documented for ${statusKey}: ${listed}`, undefined)];
  if (documented.contentTypes.some((t) => t.toLowerCase() === mediaType)) return [];
  return [
    violation(
      x,
      'content_type_conformance',
      'header',
      '/content-type',
      `${mediaType} is not documented for ${statusKey} (documented: ${listed})`,
      x.contentTypeHeader,
    ),
  ];
};

const responseSchemaConformance: Check = (x) => {
  const { documented } = x;
  if (!documented || !x.hasBody) return [];
  if (x.bodyTooDeep !== undefined)
    return [violation(x, 'response_schema_conformance', 'body', '', `not checked: ${new JsonTooDeep(x.bodyTooDeep).message}`, undefined)];
  const key = `${x.operationId}.response.${x.statusKey}`;
  const validate = (validators as Record<string, ValidateFunction | undefined>)[key];
  if (x.documentedJson && validate) {
    if (x.bodyUnparseable) {
      const size = byteCount(x.input.bytes, x.input.rawBodyText) ?? 0;
      return [
        violation(x, 'response_schema_conformance', 'body', '', `the body is not valid JSON (${size} bytes${x.mediaType ? ` of ${x.mediaType}` : ''})`, size),
      ];
    }
    if (x.body === undefined) return [violation(x, 'response_schema_conformance', 'body', '', 'the body is empty; a JSON body is documented', undefined)];
    if (validate(x.body)) return [];
    // Values are never put into the message (they may be secrets); the violation's `value` is redacted.
    return issuesOf(validate.errors, x.body, { showValues: false, validatorKey: key }).map((issue) =>
      violation(
        x,
        'response_schema_conformance',
        'body',
        issue.pointer,
        `${issue.message} [${issue.keyword} at ${issue.schemaPath}]`,
        redactValue(valueAt(x.body, issue.pointer), issue.pointer),
      ),
    );
  }
  const binaryDocumented = documented.contentTypes.length > 0 && !x.documentedJson;
  if (!binaryDocumented) return [];
  const size = byteCount(x.input.bytes, x.input.rawBodyText);
  return size ? [] : [violation(x, 'response_schema_conformance', 'body', '', 'the binary body is empty', size ?? 0)];
};

/** Why a header value breaks its schema (`type: string` and `pattern`), or undefined when it conforms. */
export function headerValueProblem(schema: HeaderSchema | undefined, value: string): string | undefined {
  if (schema?.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) return `must match pattern "${schema.pattern}"`;
  return undefined;
}

const responseHeadersConformance: Check = (x) => {
  if (!x.statusKey || !x.documented) return [];
  const out = [];
  for (const [name, header] of documentedHeaders(x.operationId, x.statusKey)) {
    const values = x.headers.get(name) ?? [];
    if (values.length === 0 && header.required)
      out.push(violation(x, 'response_headers_conformance', 'header', `/${name}`, `required header ${header.name} is missing`, undefined));
    for (const value of values) {
      const problem = headerValueProblem(header.schema, value);
      if (problem) out.push(violation(x, 'response_headers_conformance', 'header', `/${name}`, `${header.name} ${problem}`, value));
    }
  }
  return out;
};

export const conformanceChecks = {
  status_code_conformance: statusCodeConformance,
  content_type_conformance: contentTypeConformance,
  response_schema_conformance: responseSchemaConformance,
  response_headers_conformance: responseHeadersConformance,
} as const;
