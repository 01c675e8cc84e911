// The system under test as the model-based phase drives it: requests built from the spec and sent
// as they are (so a refusal is an answer, not an exception), URLs outside the API fetched without
// credentials, every answer judged against the model's expectation — reads that may lag a write
// retried within the settle window — and every step kept for the failure's shell script.
import type { OperationId } from '../../../generated/operations.js';
import { statementsOf } from '../checks/spec-sources.js';
import type { CaseBody, FilePart } from '../model/case.js';
import type { Exchange } from '../engine/session.js';
import type { RecordedRequest } from '../model/report.js';
import { deliver, postToUploadUrl, type Fetched } from '../scenarios/urls.js';
import type { PhaseContext } from '../scenarios/context.js';
import { judgeAnswer, type Expectation, type JudgedAnswer } from './expectation.js';

/** An answer of the target: API or not, with what was sent. */
export interface Answer extends JudgedAnswer {
  bytes: Uint8Array;
  request: RecordedRequest;
  operationId: string;
}

/** A value the target chose that later steps send (an assigned image id, an upload URL, a key value). */
export interface Capture {
  /** The shell variable the script keeps it in. */
  variable: string;
  value: string;
  /** Where it is in the answer's JSON (`/result/id`), or in an element found by `name` (`/result/keys` + name). */
  pointer: string;
  where?: { by: string; equals: string };
  /** A secret: the script keeps it in its variable and never prints it. */
  secret?: boolean;
}

export interface Step {
  label: string;
  request: RecordedRequest;
  expectations: readonly Expectation[];
  captures: Capture[];
  /** A signed delivery URL: re-signed by the script with the captured key, `expiresIn` seconds from when it runs. */
  signed?: { unsignedUrl: string; keyVariable: string; expiresIn: number };
}

/** A broken expectation: fast-check stops the sequence here and shrinks it. */
export class ModelViolation extends Error {
  override name = 'ModelViolation';
}

const base64 = (bytes: Uint8Array) => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

const fromExchange = (x: Exchange): Answer => ({
  status: x.status,
  contentType: x.headers.get('content-type') ?? '',
  json: x.json,
  base64: base64(x.bytes),
  bytes: x.bytes,
  request: x.request,
  operationId: x.operationId,
});

const fromFetched = (f: Fetched, operationId: string): Answer => ({
  status: f.status,
  contentType: f.contentType,
  json: undefined,
  base64: base64(f.bytes),
  bytes: f.bytes,
  request: f.request,
  operationId,
});

export interface ApiRequest {
  path?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: CaseBody;
}

export class Real {
  readonly steps: Step[] = [];
  /** The stats count read when the sequence started: the script reads its own and judges counts relative to it. */
  statsStart?: number;
  #captures = 0;

  constructor(
    readonly ctx: PhaseContext,
    readonly settleMs: number,
  ) {}

  /** Sends one API request built from the spec. */
  async api(operationId: OperationId, label: string, request: ApiRequest = {}): Promise<Answer> {
    const x = await this.ctx.session.send({ phase: 'stateful', purpose: 'probe', operationId, label, ...request });
    return fromExchange(x);
  }

  /** GETs a delivery URL without credentials. */
  async deliver(url: string): Promise<Answer> {
    return fromFetched(await deliver(this.ctx, url), 'delivery');
  }

  /** POSTs a file to a one-time upload URL without credentials. */
  async postFile(url: string, file: FilePart): Promise<Answer> {
    return fromFetched(await postToUploadUrl(this.ctx, url, file.bytes), 'uploadURL');
  }

  /** A new shell variable name for a captured value. */
  variable(kind: string): string {
    return `${kind}${++this.#captures}`;
  }

  /**
   * Judges an answer against each expectation, records their outcomes and keeps the step; a
   * broken expectation throws. With `reread`, an answer that breaks an expectation of a read that
   * may lag a write is fetched again (backing off) until it holds or the settle window ends.
   */
  async expect(
    label: string,
    answer: Answer,
    expectations: readonly Expectation[],
    extra: Partial<Pick<Step, 'captures' | 'signed'>> = {},
    reread?: () => Promise<Answer>,
  ): Promise<Answer> {
    const judge = (a: Answer) => expectations.map((e) => judgeAnswer(e.facts, a));
    let problems = judge(answer);
    const lagging = () => problems.some((p, i) => p !== undefined && expectations[i].settles);
    if (reread && lagging()) {
      const deadline = performance.now() + this.settleMs;
      for (let wait = 25; lagging() && performance.now() < deadline; wait = Math.min(wait * 2, 1000)) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(wait, Math.max(0, deadline - performance.now()))));
        answer = await reread();
        problems = judge(answer);
      }
    }
    this.steps.push({ label, request: answer.request, expectations, captures: extra.captures ?? [], signed: extra.signed });
    expectations.forEach((expectation, i) => {
      const problem = problems[i];
      this.ctx.session.record({
        check: expectation.check,
        operationId: answer.operationId,
        passed: !problem,
        label: `model: ${label}: ${expectation.says}`,
        ...(problem
          ? {
              message: `${problem}${expectation.settles && this.settleMs ? ` (still after the ${this.settleMs} ms settle window)` : ''}`,
              expected: expectation.says,
              spec: statementsOf(expectation.sources, answer.operationId),
              received: { status: answer.status },
              request: answer.request,
            }
          : {}),
      });
    });
    const first = problems.findIndex((p) => p !== undefined);
    if (first >= 0) throw new ModelViolation(`${label}: ${expectations[first].says}: ${problems[first]}`);
    return answer;
  }
}
