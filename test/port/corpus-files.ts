// The porting corpus on disk: hand-written legacy scripts, their JavaScript twins for the real
// Chilkat runtime, and what the twins sent there (recorded by test/fuzz/record-port-corpus.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder of the corpus. */
export const CORPUS_DIR = fileURLToPath(new URL('../fixtures/port-corpus/', import.meta.url));

/** Language families, as the porter groups its readers. */
export type LanguageFamily = 'basic' | 'c-like' | 'scripting' | 'pascal' | 'xbase';

/** The constructs of hand-written scripts that the corpus exercises. */
export type Construct =
  | 'loop'
  | 'array-read'
  | 'typed-const'
  | 'if-else'
  /** An `If`/`Else` on a value the script reads at run time: right only when the porter is given it (the command-line `arguments`), reported otherwise. */
  | 'if-unknown-data'
  | 'interpolation'
  | 'built-in'
  | 'helper'
  | 'two-requests'
  | 'load-template'
  | 'clear-reuse'
  /** A variable that names another object after a release or reassignment (a C++ pointer, a C handle, `Set x =`, `x :=`). */
  | 'handle-reuse';

/** One script of the corpus (an entry of corpus.json). */
export interface CorpusEntry {
  readonly name: string;
  readonly script: string;
  readonly twin: string;
  readonly language: string;
  readonly family: LanguageFamily;
  readonly constructs: readonly Construct[];
  readonly about: string;
  /** What the script reads that neither `run` nor a port is given (the recording used a fixed value): it can only be reported. */
  readonly unknownInput?: string;
  /** The command-line arguments the recording ran the script with (its twin has them written in): `run FILE -- ARG...` and main()'s `process.argv` get them. */
  readonly arguments?: readonly string[];
}

/** One request the twin made on the real runtime, and the answer it got. */
export interface RecordedExchange {
  readonly method: string;
  /** The script's own origin followed by the path and query that were sent. */
  readonly url: string;
  /** The exact body text. */
  readonly body: string;
  readonly response: { readonly status: number; readonly body: string };
}

/** The folder of the run-language scripts: one hand-written script per language `run` reads with the newer readers. */
export const RUN_LANGUAGES_DIR = fileURLToPath(new URL('../fixtures/run-languages/', import.meta.url));

/** Reads a corpus index (the porting corpus unless another folder of the same shape is given). */
export function readCorpusIndex(dir = CORPUS_DIR): CorpusEntry[] {
  return JSON.parse(readFileSync(`${dir}corpus.json`, 'utf8')) as CorpusEntry[];
}

/** Reads what a script's twin sent on the real runtime. */
export function readExpected(entry: CorpusEntry, dir = CORPUS_DIR): RecordedExchange[] {
  return (JSON.parse(readFileSync(`${dir}${entry.name}.expected.json`, 'utf8')) as { requests: RecordedExchange[] }).requests;
}
