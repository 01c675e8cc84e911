// What the commands (the contract run, proxy, check-har) share: options read once with a usage
// error (exit 2: its message and where the help is) for a bad one, and the end of every command —
// the terminal report, the --json, --junit and --html files, and the exit code.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { baseUrlProblem } from '../../spec/base-url.js';
import { toHtml } from '../report/html.js';
import { toJson, toJUnit } from '../report/junit.js';
import type { Report } from '../model/report.js';
import { renderReport } from '../report/terminal.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ReportFiles {
  json?: string;
  junit?: string;
  html?: string;
}

function write(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** Where a command writes (process.stdout, or a test's buffer). */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Prints the report, writes the files asked for, and returns the exit code: 0 only when it passed. */
export function emitReport(report: Report, files: ReportFiles, nothingChecked?: string, out: Output = process.stdout): number {
  out.write(`${renderReport(report, { color: out.isTTY })}\n`);
  if (report.summaries.length === 0 && nothingChecked) out.write(`${nothingChecked}\n`);
  if (files.json) write(files.json, toJson(report));
  if (files.junit) write(files.junit, toJUnit(report));
  if (files.html) write(files.html, toHtml(report));
  return report.passed ? 0 : 1;
}

/** A usage error: the message and where to read more, exit code 2. */
export class UsageError extends Error {}

/** A usage error as printed: the message, then one line pointing to the help of `command` (as the user invoked it). */
const usageErrorText = (message: string, command: string) => `${message}\nRun '${command} --help' for the options.\n`;

/** Runs a subcommand: a UsageError is its message and where the help is, exit code 2. */
export async function runSubcommand(command: string, run: () => Promise<number>, err: Output = process.stderr): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err.write(usageErrorText(error.message, command));
    return 2;
  }
}

const REPORT_OPTIONS = {
  json: { type: 'string' },
  junit: { type: 'string' },
  html: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A subcommand's arguments, with the report options every traffic check has; a bad one is a UsageError. */
export function parseCommandLine<O extends Options>(
  argv: string[],
  options: O,
  allowPositionals = false,
): ReturnType<typeof parseArgs<{ args: string[]; options: O & typeof REPORT_OPTIONS; allowPositionals: boolean; strict: true }>> {
  try {
    return parseArgs({ args: argv, options: { ...options, ...REPORT_OPTIONS }, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** An http(s) URL without credentials in it; the value is never echoed (it may hold a password). */
export function httpUrlOption(name: string, value: string, credentialsHint = "the app's own requests carry them"): URL {
  const problem = baseUrlProblem(value);
  if (problem) throw new UsageError(`--${name} ${problem}${problem.includes('credentials') ? `; ${credentialsHint}` : ''}`);
  return new URL(value);
}

/** A comma-separated list of names from `allowed`. */
export function listOption<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = items.find((i) => !allowed.includes(i as T));
  if (unknown) throw new UsageError(`--${name}: unknown "${unknown}" (one of ${allowed.join(', ')})`);
  return items as T[];
}

/** A whole number option within [min, max]. */
export function integerOption(name: string, value: string | undefined, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (!/^[0-9]+$/.test(value) || Number(value) < min || Number(value) > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  return Number(value);
}
