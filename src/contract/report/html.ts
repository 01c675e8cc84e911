// The report as one self-contained HTML page (`--html FILE`): the verdict and target, the
// check × operation matrix, the documented responses each operation exercised and missed, every
// failure with its spec reason and curl reproduction, and the model phase's failing sequence.
// Nothing is loaded (a Content-Security-Policy forbids it, and there is no script); every string
// that came from a server, the traffic or the spec is escaped, so none of it can become markup.
import type { Outcome, Report } from '../model/report.js';
import { checkLines, checkOutcomeText, matrixCell, matrixOperations, receivedText, responsesExercised, runLine, targetLine, verdictLine } from './view.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text as HTML text or attribute value. */
const escapeHtml = (text: unknown) => String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5rem; color: #1d1d1f; }
h1 { font-size: 1.4rem; margin: 0 0 .4rem; } h2 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; } h3 { font-size: 1rem; margin: 0 0 .3rem; }
.verdict { display: inline-block; padding: .1rem .6rem; border-radius: 4px; color: #fff; }
.verdict.pass { background: #1a7f37; } .verdict.fail { background: #cf222e; }
table { border-collapse: collapse; } th, td { border: 1px solid #d0d7de; padding: .2rem .45rem; text-align: left; vertical-align: top; }
th.op { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-weight: normal; }
td.cell { text-align: center; white-space: nowrap; }
.pass { color: #1a7f37; } .fail { color: #cf222e; font-weight: bold; } .none { color: #8c959f; }
.verdict.pass, .verdict.fail { color: #fff; }
td.cell.fail { background: #ffebe9; } td.cell.pass { background: #dafbe1; }
article.failure { border-left: 4px solid #cf222e; padding: .4rem .8rem; margin: .8rem 0; background: #fafafa; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: .3rem 0; } dt { color: #57606a; } dd { margin: 0; }
pre { background: #f6f8fa; padding: .5rem; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
ul.because { margin: .3rem 0; padding-left: 1.2rem; }
`;

function matrix(report: Report): string {
  const operations = matrixOperations(report);
  const head = `<tr><th>check</th><th>outcome</th>${operations.map((op) => `<th class="op" scope="col">${escapeHtml(op)}</th>`).join('')}</tr>`;
  const rows = checkLines(report).map((line) => {
    const cells = operations.map((op) => {
      const s = matrixCell(report, line.check, op);
      if (!s) return `<td class="cell none" data-operation="${escapeHtml(op)}" title="not applied">–</td>`;
      const text = s.failed ? `✗ ${s.failed}/${s.passed + s.failed}` : `✓ ${s.passed}`;
      return `<td class="cell ${s.failed ? 'fail' : 'pass'}" data-operation="${escapeHtml(op)}" title="${escapeHtml(`${line.check} on ${op}: ${s.passed} passed, ${s.failed} failed`)}">${text}</td>`;
    });
    const status = line.status === 'passed' ? 'pass' : line.status === 'failed' ? 'fail' : 'none';
    return `<tr data-check="${escapeHtml(line.check)}"><th scope="row">${escapeHtml(line.check)}</th><td class="${status}">${escapeHtml(checkOutcomeText(line))}</td>${cells.join('')}</tr>`;
  });
  return `<table class="matrix"><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function operationsTable(report: Report): string {
  if (!report.operations.length) return '<p>No operation was called.</p>';
  const rows = report.operations.map(
    (op) =>
      `<tr data-operation="${escapeHtml(op.operationId)}"><th scope="row">${escapeHtml(op.operationId)}</th><td>${op.calls}</td><td>${escapeHtml(op.statuses.join(' '))}</td><td class="responses">${escapeHtml(responsesExercised(op))}</td><td>${op.medianLatencyMs}</td></tr>`,
  );
  return `<table class="operations"><thead><tr><th>operation</th><th>calls</th><th>statuses</th><th>responses exercised (documented ones missing)</th><th>median ms</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function failure(f: Outcome): string {
  const facts: [string, string | undefined][] = [
    ['what was tried', f.label],
    ['what failed', f.message ?? 'failed'],
    ['expected', f.expected],
    // A request's own issue has only where it is; a response's, what came back.
    [f.received?.status === undefined ? 'where' : 'what came back', f.received ? receivedText(f.received) : undefined],
    ['request', f.request ? `${f.request.method} ${f.request.path}` : undefined],
  ];
  const because = (f.spec ?? []).map((s) => `<li>because: ${escapeHtml(s.quote)} (spec <code>${escapeHtml(s.pointer)}</code>)</li>`);
  return [
    `<article class="failure" data-check="${escapeHtml(f.check)}" data-operation="${escapeHtml(f.operationId)}">`,
    `<h3><span class="fail">✗</span> ${escapeHtml(f.check)} · ${escapeHtml(f.operationId)} <small>(${escapeHtml(f.source)})</small></h3>`,
    `<dl>${facts
      .filter((fact): fact is [string, string] => fact[1] !== undefined)
      .map(([name, value]) => `<dt>${name}</dt><dd>${escapeHtml(value)}</dd>`)
      .join('')}</dl>`,
    because.length ? `<ul class="because">${because.join('')}</ul>` : '',
    f.request ? `<p>Reproduce it (credentials from the environment):</p><pre class="curl">${escapeHtml(f.request.curl)}</pre>` : '',
    '</article>',
  ].join('\n');
}

function model(report: Report): string {
  const m = report.model;
  if (!m) return '';
  const head = `<h2>Model phase</h2><p>${m.sequences} sequences, ${m.commands} commands.</p>`;
  if (!m.failure) return `<section id="model">${head}</section>`;
  const { commands, script, shrinks, seed } = m.failure;
  return `<section id="model">${head}<p>The failing sequence (seed ${seed}), shrunk ${shrinks}× to ${commands.length} commands:</p><ol class="sequence">${commands.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ol><p>Replay it with this script (CLOUDFLARE_API_TOKEN set):</p><pre class="script">${escapeHtml(script)}</pre></section>`;
}

export function toHtml(report: Report): string {
  const verdict = report.passed ? 'PASS' : 'FAIL';
  const sections = [
    `<header><h1><span class="verdict ${report.passed ? 'pass' : 'fail'}">${verdict}</span> Images API contract report</h1>`,
    `<p id="target">${escapeHtml(targetLine(report))}</p><p id="run">${escapeHtml(runLine(report))}</p><p id="verdict">${escapeHtml(verdictLine(report))}</p>`,
    `<p>Started ${escapeHtml(report.startedAt)}, took ${report.durationMs} ms.</p></header>`,
    ...(report.notes?.length ? [`<section id="notes"><h2>Notes</h2><ul>${report.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul></section>`] : []),
    `<section id="checks"><h2>Checks × operations</h2><p>✓ n: n outcomes, all passed; ✗ f/n: f of n failed; –: the check does not apply there, or nothing sent exercised it.</p>${matrix(report)}</section>`,
    `<section id="operations"><h2>Operations</h2>${operationsTable(report)}</section>`,
    `<section id="failures"><h2>Failures (${report.failures.length})</h2>${report.failures.length ? report.failures.map(failure).join('\n') : '<p>None.</p>'}</section>`,
    model(report),
    ...(report.unchecked.length
      ? [
          `<section id="unchecked"><h2>Not checked (${report.unchecked.length})</h2><ul>${report.unchecked.map((u) => `<li><b>${escapeHtml(u.operationId)}</b> · ${escapeHtml(u.label)}: ${escapeHtml(u.reason)}</li>`).join('')}</ul></section>`,
        ]
      : []),
    ...(report.cleanup
      ? [
          `<section id="cleanup"><h2>Cleanup</h2><p>${report.cleanup.deleted}/${report.cleanup.created} created resources deleted.</p>${report.cleanup.leftBehind.length ? `<p>Left behind:</p><ul>${report.cleanup.leftBehind.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : ''}</section>`,
        ]
      : []),
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${verdict}: Images API contract report (${escapeHtml(report.mode)}, ${escapeHtml(report.target)})</title>
<style>${STYLE}</style>
</head>
<body>
${sections.filter(Boolean).join('\n')}
</body>
</html>
`;
}
