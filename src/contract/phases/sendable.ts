import { operations } from '../../../generated/operations.js';
import type { Case } from '../model/case.js';
import { isRead, type Session } from '../engine/session.js';

/** Without `--allow-writes` only reads are sent: a write could create something even when it should have been refused. */
export const sendable = (session: Session, c: Case) => session.allowWrites || isRead(operations[c.operationId].method);
