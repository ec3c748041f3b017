/**
 * A progress bar for long CLI runs, on stderr so stdout stays clean for results. On a terminal it redraws one line
 * (`[#####-----] 12/20 requests · 1.2M cells · ETA 35 s · 07459`); elsewhere (a pipe, a log file, CI) it prints a
 * plain line when the label changes or every few seconds, never a carriage return.
 */

export interface ProgressState {
  done: number;
  total: number;
  /** What is counted, e.g. "requests". */
  unit?: string;
  /** Extra counters shown after the count, e.g. "1.2M cells". */
  detail?: string;
  /** What is being worked on, e.g. the table id. */
  label?: string;
}

export interface ProgressOptions {
  stream?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Force terminal or plain mode (default: the stream's `isTTY`). */
  tty?: boolean;
  now?: () => number;
  /** Plain mode: at most one line per this many ms unless the label changes (default 5 s). */
  plainIntervalMs?: number;
  width?: number;
}

/** "35 s", "2 min 05 s", "1 h 02 min". */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** 950, 12k, 1.2M. */
export function formatCount(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e4) return `${Math.round(n / 1e3)}k`;
  return String(n);
}

export class ProgressBar {
  private readonly stream: NonNullable<ProgressOptions['stream']>;
  private readonly tty: boolean;
  private readonly now: () => number;
  private readonly plainIntervalMs: number;
  private readonly width: number;
  private readonly started: number;
  private state: ProgressState = { done: 0, total: 0 };
  private lastPlain = -Infinity;
  private lastLabel: string | undefined;
  private drawn = false;

  constructor({ stream = process.stderr, tty, now = Date.now, plainIntervalMs = 5000, width = 24 }: ProgressOptions = {}) {
    this.stream = stream;
    this.tty = tty ?? Boolean(stream.isTTY);
    this.now = now;
    this.plainIntervalMs = plainIntervalMs;
    this.width = width;
    this.started = now();
  }

  /** Estimated time left, from the average time per unit so far. */
  eta(): number | undefined {
    const { done, total } = this.state;
    if (done <= 0 || total <= done) return done >= total && total > 0 ? 0 : undefined;
    return ((this.now() - this.started) / done) * (total - done);
  }

  /** The status text without the bar. */
  text(): string {
    const { done, total, unit = '', detail, label } = this.state;
    const eta = this.eta();
    return [`${done}/${total}${unit ? ` ${unit}` : ''}`, detail, eta === undefined ? undefined : `ETA ${formatDuration(eta)}`, label]
      .filter(Boolean)
      .join(' · ');
  }

  update(state: ProgressState): void {
    this.state = state;
    if (this.tty) return this.redraw();
    const now = this.now();
    const finished = state.total > 0 && state.done >= state.total;
    if (state.label !== this.lastLabel || finished || now - this.lastPlain >= this.plainIntervalMs) {
      this.lastPlain = now;
      this.lastLabel = state.label;
      this.stream.write(`${this.text()}\n`);
    }
  }

  /** Prints a message line without garbling the bar. */
  log(line: string): void {
    if (this.tty && this.drawn) this.stream.write('\r\x1b[2K');
    this.stream.write(`${line}\n`);
    if (this.tty && this.drawn) this.redraw();
  }

  /** Ends the bar's line (terminal mode). */
  finish(): void {
    if (this.tty && this.drawn) this.stream.write('\n');
    this.drawn = false;
  }

  private redraw(): void {
    const { done, total } = this.state;
    const filled = total > 0 ? Math.min(this.width, Math.round((done / total) * this.width)) : 0;
    const line = `[${'#'.repeat(filled)}${'-'.repeat(this.width - filled)}] ${this.text()}`;
    const columns = this.stream.columns ?? 120;
    this.stream.write(`\r\x1b[2K${line.slice(0, Math.max(10, columns - 1))}`);
    this.drawn = true;
  }
}
