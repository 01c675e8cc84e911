// Whether a request carries credentials of a scheme the spec's `security` accepts for its
// operation (Authorization: Bearer …, or both X-Auth-Email and X-Auth-Key). Only the presence
// and form of the headers is looked at: their values never leave this function.
import { spec, specOperation, type Json } from '../../spec/document.js';
import type { Issue } from '../../spec/issues.js';

interface HeaderRule {
  /** Lower-case header name. */
  header: string;
  /** How the rule reads in a message: `Authorization: Bearer <token>`. */
  shown: string;
  accepts(value: string): boolean;
}

function ruleFor(schemeName: string): HeaderRule {
  const scheme: Json = spec.components?.securitySchemes?.[schemeName];
  if (scheme?.type === 'http') {
    const prefix = String(scheme.scheme);
    const form = new RegExp(`^${prefix}\\s+\\S+`, 'i');
    return { header: 'authorization', shown: `Authorization: ${prefix[0].toUpperCase()}${prefix.slice(1)} <token>`, accepts: (v) => form.test(v) };
  }
  if (scheme?.type === 'apiKey' && scheme.in === 'header') {
    const name = String(scheme.name);
    return { header: name.toLowerCase(), shown: name, accepts: (v) => v.trim() !== '' };
  }
  throw new Error(`security scheme ${schemeName} is not one the traffic checks know (http or apiKey in a header)`);
}

/** The alternatives of an operation's security requirement, each a list of headers that must all be present. */
function alternativesFor(operationId: string): HeaderRule[][] {
  const requirements: Json[] = specOperation(operationId).operation.security ?? spec.security ?? [];
  return requirements.map((requirement) => Object.keys(requirement).map(ruleFor));
}

/**
 * Undefined when the request has credentials of an accepted scheme (or the operation needs none);
 * else what is missing, naming headers only.
 */
export function credentialProblem(operationId: string, headers: ReadonlyMap<string, readonly string[]>): Pick<Issue, 'pointer' | 'message'> | undefined {
  const alternatives = alternativesFor(operationId);
  if (alternatives.length === 0 || alternatives.some((rules) => rules.length === 0)) return undefined;
  const present = (rule: HeaderRule) => (headers.get(rule.header) ?? []).some((v) => rule.accepts(v));
  if (alternatives.some((rules) => rules.every(present))) return undefined;
  const accepted = alternatives.map((rules) => rules.map((r) => r.shown).join(' and ')).join(', or ');
  const sent = [
    ...new Set(
      alternatives
        .flat()
        .filter((r) => headers.has(r.header))
        .map((r) => r.shown.split(':')[0]),
    ),
  ];
  const got = sent.length ? ` (sent: ${sent.join(', ')}; incomplete, or not in that form)` : '';
  return { pointer: `/header/${alternatives[0][0].header}`, message: `no credentials of an accepted scheme: send ${accepted}${got}` };
}
