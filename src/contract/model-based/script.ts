// A failing sequence as a runnable bash script: every step's curl line (credentials as the
// variables the contract command reads), values the server chose (assigned ids, upload URLs,
// signing-key values) captured into variables as the run did, signed delivery URLs re-signed when
// the script runs, and every answer judged by the same function the run used. It exits 1 at the
// step that breaks its expectation, printing why.
import { encodeSegments } from '../../spec/path-segments.js';
import { judgeAnswer, type Fact } from './expectation.js';
import type { Step } from './real.js';

const quote = (s: string) => "'" + s.replaceAll("'", "'\\''") + "'";

const HELPERS = (judge: string) => `BODY=$(mktemp); trap 'rm -f "$BODY"' EXIT
JUDGE=$(cat <<'JS'
const __name = (f) => f;
const judgeAnswer = ${judge};
const [head, file, factsJson] = process.argv.slice(1);
const body = require('fs').readFileSync(file);
const [status, ...type] = head.split(' ');
let json;
try { json = JSON.parse(body.toString('utf8')); } catch {}
const problem = judgeAnswer(JSON.parse(factsJson), { status: Number(status), contentType: type.join(' '), json, base64: body.toString('base64') });
if (problem) { console.log(problem); process.exit(1); }
JS
)
FIELD=$(cat <<'JS'
const [file, pointer, by, equals] = process.argv.slice(1);
let node = JSON.parse(require('fs').readFileSync(file, 'utf8'));
for (const key of pointer.split('/').slice(1)) node = node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')];
if (by) node = node?.find?.((e) => e?.[by] === equals)?.value;
process.stdout.write(String(node ?? ''));
JS
)
SIGN=$(cat <<'JS'
const [url, key, expiresIn] = process.argv.slice(1);
const u = new URL(url);
u.searchParams.set('exp', String(Math.floor(Date.now() / 1000) + Number(expiresIn)));
u.searchParams.delete('sig');
const sig = require('crypto').createHmac('sha256', key).update(u.pathname + '?' + u.searchParams.toString()).digest('hex');
u.searchParams.set('sig', sig);
process.stdout.write(u.toString());
JS
)
field() { node -e "$FIELD" "$BODY" "$@"; }
sign_url() { node -e "$SIGN" "$@"; }
# expect <label> <facts> <settle seconds> <send function>: sends, re-sends while the answer breaks
# the facts until the settle window ends, then exits 1 with why when it still does.
expect() {
  local head why end=$((SECONDS + $3))
  head=$($4)
  while ! why=$(node -e "$JUDGE" "$head" "$BODY" "$2"); do
    if [ "$SECONDS" -ge "$end" ]; then echo "FAILED $1: $why"; exit 1; fi
    sleep 0.25
    head=$($4)
  done
  echo "ok     $1"
}`;

/** The curl line of a step, writing its body to $BODY and printing the status and media type. */
function sendLine(curl: string): string {
  const lines = curl.split('\n');
  const last = lines.pop()!.replace(/^curl /, `curl --globoff -o "$BODY" -w '%{http_code} %{content_type}' `);
  return [...lines, last].join('\n  ');
}

/**
 * The script of `steps`. Every name the run chose carries `runTag`; the script puts its own `$RUN`
 * in its place, so each replay creates fresh ids and names (the failed run's may be left behind on a
 * broken server).
 */
const COUNT = '/result/count/current';

/** Facts as JSON for the script: a stats count relative to the count the script read at its start. */
function factsJson(facts: readonly Fact[], statsStart: number | undefined): string {
  const relative = (n: number) => `"__BASE${n - statsStart! >= 0 ? '+' : ''}${n - statsStart!}__"`;
  const json = JSON.stringify(
    facts.map((f) => (f.kind === 'between' && f.pointer === COUNT && statsStart !== undefined ? { ...f, min: `@${f.min}`, max: `@${f.max}` } : f)),
  );
  return json.replace(/"@(-?\d+)"/g, (_, n: string) => relative(Number(n)));
}

export function scriptOf(
  steps: readonly Step[],
  target: { baseUrl: string; accountId: string },
  runTag: string,
  statsStart?: number,
  settleSeconds = 5,
): string {
  const replaced: { value: string; variable: string }[] = [{ value: runTag, variable: 'RUN' }];
  const substitute = (text: string) => {
    let out = text;
    for (const { value, variable } of replaced) {
      for (const form of new Set([value, encodeURIComponent(value), encodeSegments(value)])) out = out.split(form).join(`'"\${${variable}}"'`);
    }
    return out;
  };
  const body: string[] = [];
  steps.forEach((step, i) => {
    const n = i + 1;
    let curl = step.request.curl;
    if (step.signed) {
      const signedUrl = /'(https?:\/\/[^']*[?&]sig=[^']*)'\s*$/.exec(curl)?.[1];
      const unsigned = substitute(step.signed.unsignedUrl).replaceAll(`'"`, '').replaceAll(`"'`, '');
      if (signedUrl) curl = curl.replace(quote(signedUrl), `"$(sign_url "${unsigned}" "$${step.signed.keyVariable}" ${step.signed.expiresIn})"`);
    }
    curl = substitute(curl);
    const facts: Fact[] = step.expectations.flatMap((e) => e.facts);
    const settles = step.expectations.some((e) => e.settles);
    body.push(`# ${n}. ${step.label} — ${step.expectations.map((e) => `${e.check}: ${e.says}`).join('; ')}`);
    body.push(`send_${n}() {\n  ${sendLine(curl)}\n}`);
    const judged = substitute(quote(factsJson(facts, statsStart))).replace(/"__BASE([+-]\d+)__"/g, (_, d: string) => `'"$((BASE${d}))"'`);
    body.push(`expect ${substitute(quote(`${n}. ${step.label}`))} ${judged} ${settles ? settleSeconds : 0} send_${n}`);
    for (const c of step.captures) {
      body.push(
        `${c.variable}=$(field ${quote(c.pointer)}${c.where ? ` ${quote(c.where.by)} ${quote(c.where.equals)}` : ''})${c.secret ? '  # a secret: kept in the variable, never printed' : ''}`,
      );
      if (!c.secret) replaced.push({ value: c.value, variable: c.variable });
    }
    body.push('');
  });
  const credentials = /\$CLOUDFLARE_API_TOKEN/.test(body.join('\n')) ? ': "${CLOUDFLARE_API_TOKEN:?set CLOUDFLARE_API_TOKEN to the token the run used}"' : '';
  return [
    '#!/usr/bin/env bash',
    `# The failing sequence of the contract run's model phase against ${target.baseUrl}, shrunk to ${steps.length} steps.`,
    '# Needs curl and node. Exits 1 at the step whose answer breaks what the spec says, 0 when none does.',
    'set -u',
    credentials,
    `RUN=\${RUN:-r$(date +%s)$RANDOM}  # replaces the run's tag ${runTag} in every id and name`,
    HELPERS(judgeAnswer.toString()),
    ...(statsStart === undefined
      ? []
      : [
          `# Stats counts are judged relative to the count now (the run's was ${statsStart}).`,
          `curl --globoff -sS -o "$BODY" ${credentials ? '-H "authorization: Bearer $CLOUDFLARE_API_TOKEN"' : '-H "x-auth-email: $CLOUDFLARE_EMAIL" -H "x-auth-key: $CLOUDFLARE_API_KEY"'} ${quote(`${target.baseUrl}/accounts/${target.accountId}/images/v1/stats`)}`,
          `BASE=$(field ${quote(COUNT)})`,
        ]),
    '',
    ...body,
    'echo "every step answered as the spec says"',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
