// Dev-mode contract check: every JSON body the server sends must match the spec for its operation and status.
import type { OperationId } from '../../generated/operations.js';
import { issuesOf } from '../spec/issues.js';
import { responseKeyFor } from '../spec/responses.js';
import { mustValidator, responseValidator, type ValidateFunction } from '../spec/validators.js';
import { failure } from './envelope.js';
import { Codes } from './errors.js';
import type { Reply } from './reply.js';

const firstProblem = (validate: ValidateFunction, data: unknown, validatorKey: string) => {
  const [issue] = issuesOf(validate.errors, data, { validatorKey });
  return issue ? `${issue.pointer || '/'} ${issue.message}` : 'is invalid';
};

export interface SelfCheckViolation {
  /** The operation, or `schema.<Name>` for routes outside the API (upload URL, delivery, unknown routes). */
  target: string;
  status: number;
  problem: string;
  body: unknown;
}

export class SelfCheck {
  readonly violations: SelfCheckViolation[] = [];

  constructor(readonly enabled: boolean) {}

  /** Returns the reply unchanged, or, on a violation, a 500 envelope that says what broke (and records it). */
  operation(operationId: OperationId, reply: Reply): Reply {
    if (!this.enabled) return reply;
    if (responseKeyFor(operationId, reply.status) === undefined) return this.fail(operationId, reply, `status ${reply.status} is not documented`);
    if (!('json' in reply)) return reply;
    const checker = responseValidator(operationId, reply.status);
    if (!checker) return this.fail(operationId, reply, `status ${reply.status} documents no JSON body`);
    if (checker.validate(reply.json)) return reply;
    return this.fail(operationId, reply, `${checker.key}: ${firstProblem(checker.validate, reply.json, checker.key)}`);
  }

  /** For non-operation routes: success bodies against `success`, failures against `schema.Failure`. */
  schema(successSchema: 'schema.ImageEnvelope' | undefined, reply: Reply): Reply {
    if (!this.enabled || !('json' in reply)) return reply;
    const key = reply.status < 400 && successSchema ? successSchema : 'schema.Failure';
    const validate = mustValidator(key);
    if (validate(reply.json)) return reply;
    return this.fail(key, reply, `${key}: ${firstProblem(validate, reply.json, key)}`);
  }

  private fail(target: string, reply: Reply, problem: string): Reply {
    const body = 'json' in reply ? reply.json : '<binary>';
    this.violations.push({ target, status: reply.status, problem, body });
    // Loud on purpose: this is a bug in the local server (or the spec), never the caller's fault.
    console.error(`[images-server] self-check failed for ${target} (status ${reply.status}): ${problem}`);
    return { status: 500, json: failure(Codes.internal, `Local server self-check failed for ${target}: ${problem}`) };
  }
}
