// One operation's implementation, typed from the spec: path, query and body types come from
// `operations[Op]` of generated/schema.d.ts, so a renamed field fails the type check here.
import type { IncomingMessage } from 'node:http';
import type { OperationId } from '../../../generated/operations.js';
import type { operations } from '../../../generated/schema.js';
import type { RequestBody } from '../../core/call.js';
import type { QueryOf } from '../../core/types.js';
import type { AppContext } from '../context.js';
import type { Reply } from '../reply.js';

type PathParamsOf<Op extends OperationId> = operations[Op]['parameters']['path'];
/** The body the client sends (core's RequestBody), `undefined` for an operation that takes none. */
type BodyOf<Op extends OperationId> = [RequestBody<Op>] extends [never] ? undefined : RequestBody<Op>;

/** A request that passed routing, auth and the spec's validators: its values have the spec's types. */
export interface RequestContext<Op extends OperationId> {
  app: AppContext;
  operationId: Op;
  path: PathParamsOf<Op>;
  query: QueryOf<Op>;
  body: BodyOf<Op>;
  req: IncomingMessage;
}

export interface OperationHandler<Op extends OperationId> {
  /** Runs before the generated validators, to give the documented messages (the v2 metadata filters). */
  checkQuery?(query: Record<string, unknown>): void;
  handle(ctx: RequestContext<Op>): Promise<Reply> | Reply;
}

/** Every operation of the spec; the type makes a missing one a compile error. */
export type Routes = { [Op in OperationId]: OperationHandler<Op> };
