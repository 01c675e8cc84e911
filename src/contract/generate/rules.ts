// The checker's request rules (checks/request-rules.ts) for a body as the generator holds it: a
// form's file parts with all their bytes.
import type { OperationId } from '../../../generated/operations.js';
import type { Issue } from '../../spec/issues.js';
import { ruleIssues, type FileAsRead } from '../checks/request-rules.js';
import type { FilePart } from '../model/case.js';
import { isFilePart } from './draft.js';

/** A generated file part as a server reads it. */
export const fileAsRead = (part: FilePart): FileAsRead => ({
  filename: part.filename,
  contentType: part.contentType,
  size: part.bytes.byteLength,
  head: part.bytes,
});

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The issues of a request body (typed form fields, file parts) with the rules the validators do not check; `now` is the server's clock in milliseconds. */
export function bodyRuleIssues(operationId: OperationId, body: unknown, now: number): Issue[] {
  const read = isRecord(body) ? Object.fromEntries(Object.entries(body).map(([k, v]) => [k, isFilePart(v) ? fileAsRead(v) : v])) : body;
  return ruleIssues(operationId, read, now);
}
