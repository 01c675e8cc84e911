// What the run is doing while it runs. On a terminal: one status line, redrawn in place (never
// wider than the terminal, never touching stdin, so Ctrl-C is the terminal's SIGINT). Anywhere
// else (CI logs, a file, a terminal that reports no width): a line per phase with the requests
// sent so far and the time since the start, and a line at least every 10 s within a phase.

/** Where progress goes: a terminal (isTTY, columns) or any other stream. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  /** A step of the run: `fixtures`, `coverage › getImage › per_page = 9`, `cleanup`. Its first part is the phase. */
  update(label: string): void;
  /** The last line (non-terminal: `done` or `stopped`, and what was sent in all), and the status line cleared. */
  stop(how?: 'done' | 'stopped'): void;
}

export interface ProgressOptions {
  /** Requests sent so far. */
  requests: () => number;
  /** At most this long without a line (non-terminal); default 10 s. */
  heartbeatMs?: number;
  /** The clock (ms); default performance.now. */
  now?: () => number;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const phaseOf = (label: string) => label.split(' › ', 1)[0];

/** A terminal that can hold a status line: one that says how wide it is. */
const isTerminal = (stream: ProgressStream) => Boolean(stream.isTTY) && Number.isInteger(stream.columns) && (stream.columns ?? 0) > 0;

export function startProgress(stream: ProgressStream | undefined, options: ProgressOptions): Progress {
  if (!stream) return { update: () => undefined, stop: () => undefined };
  return isTerminal(stream) ? statusLine(stream, options) : progressLines(stream, options);
}

function statusLine(stream: ProgressStream, options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const started = now();
  let label = 'starting';
  let frame = 0;
  const draw = () => {
    const text = `${FRAMES[frame++ % FRAMES.length]} ${seconds(now() - started)}, ${options.requests()} requests · ${label}`;
    // Re-read each time: the terminal may have been resized (or report no width any more).
    const width = Math.max(1, (stream.columns ?? 80) - 1);
    stream.write(`\r\u001b[2K${[...text].slice(0, width).join('')}`);
  };
  const timer = setInterval(draw, 120);
  timer.unref();
  return {
    update: (next) => void (label = next),
    stop: () => {
      clearInterval(timer);
      stream.write('\r\u001b[2K');
    },
  };
}

function progressLines(stream: ProgressStream, options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const heartbeat = options.heartbeatMs ?? 10_000;
  const started = now();
  let lastLine = started;
  let phase: string | undefined;
  let label = '';
  const line = (text: string) => {
    lastLine = now();
    stream.write(`contract: [${seconds(lastLine - started)}] ${text}\n`);
  };
  const timer = setInterval(
    () => {
      if (phase !== undefined && now() - lastLine >= heartbeat) line(`${phase}: ${options.requests()} requests so far (${label})`);
    },
    Math.min(1000, heartbeat),
  );
  timer.unref();
  return {
    update: (next) => {
      label = next;
      if (phaseOf(next) === phase) return;
      phase = phaseOf(next);
      line(`${phase} (${options.requests()} requests so far)`);
    },
    stop: (how = 'done') => {
      clearInterval(timer);
      if (phase !== undefined) line(`${how}: ${options.requests()} requests`);
    },
  };
}
