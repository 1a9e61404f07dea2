// The one copy of the corpus's scoring rules: what makes a way of porting a script "right",
// "reported" or "silently wrong". Every mode of the corpus test hands its attempt to judge().
import type { CorpusEntry, RecordedExchange } from './corpus-files.js';

/** The ways a script is ported: `run` against the local server, `run --dry-run --json`, `port` in both styles. */
export type Mode = 'run' | 'run-dry' | 'port-builder' | 'port-chilkat';

/** Every mode, in the order of the score's columns. */
export const MODES: readonly Mode[] = ['run', 'run-dry', 'port-builder', 'port-chilkat'];

export type Verdict = 'right' | 'reported' | 'silently wrong';

/** One request as the local server received it (or as `--dry-run --json` printed it). */
export interface Observed {
  readonly method: string;
  /** The script's origin followed by the path and query. */
  readonly url: string;
  readonly body: string;
}

/** What one mode did with one script. */
export interface Attempt {
  readonly observed: readonly Observed[];
  /** `FILE:LINE: message` lines the porter printed. */
  readonly diagnostics: readonly string[];
  /** What keeps the attempt from being right whatever it sent: an exit code, a crash, a type error, a TODO nobody was told of. */
  readonly problems: readonly string[];
  /** Why the diagnostics do not make a proper report (a message without its place, a port without its TODO, `--strict` exiting 0...). */
  readonly badReport: readonly string[];
}

export interface Judgement extends Attempt {
  readonly verdict: Verdict;
  /** Why a verdict is not right, in a few words. */
  readonly why?: string;
}

/** Whether `observed` is exactly the recorded exchange, request for request. */
export function sameRequests(expected: readonly RecordedExchange[], observed: readonly Observed[], canonical: (body: string) => string = (body) => body): boolean {
  return observed.length === expected.length && expected.every((want, index) => sameRequest(want, observed[index], canonical));
}

/** Whether each request that was sent is the recorded one at its place (a refusal may stop early, never send something else). */
export function prefixOf(expected: readonly RecordedExchange[], observed: readonly Observed[]): boolean {
  return observed.length <= expected.length && observed.every((got, index) => sameRequest(expected[index], got, (body) => body));
}

function sameRequest(want: RecordedExchange | undefined, got: Observed | undefined, canonical: (body: string) => string): boolean {
  return want !== undefined && got !== undefined && got.method === want.method && got.url === want.url && got.body === canonical(want.body);
}

/**
 * Right: every request exactly as recorded, nothing reported, no problem, and nothing the script reads
 * at run time that the porter could not have known. Reported: at least one diagnostic, properly made.
 * Anything else is silently wrong, which the corpus test never accepts.
 */
export function judge(entry: CorpusEntry, expected: readonly RecordedExchange[], attempt: Attempt, canonical?: (body: string) => string): Judgement {
  const same = sameRequests(expected, attempt.observed, canonical);
  if (attempt.diagnostics.length === 0) {
    if (!same) return { ...attempt, verdict: 'silently wrong', why: 'different requests, nothing reported' };
    if (attempt.problems.length > 0) return { ...attempt, verdict: 'silently wrong', why: attempt.problems.join('; ') };
    if (entry.unknownInput !== undefined) return { ...attempt, verdict: 'silently wrong', why: `guessed ${entry.unknownInput}` };
    return { ...attempt, verdict: 'right' };
  }
  if (attempt.badReport.length > 0) return { ...attempt, verdict: 'silently wrong', why: `a report that does not count: ${attempt.badReport.join('; ')}` };
  return { ...attempt, verdict: 'reported', why: attempt.diagnostics[0] ?? '' };
}

/** The place every diagnostic must start with: `FILE:LINE: `. */
export function misplacedDiagnostics(file: string, diagnostics: readonly string[]): string[] {
  const place = new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: `);
  return diagnostics.filter((line) => !place.test(line)).map((line) => `not placed as ${file}:LINE: ${line}`);
}
