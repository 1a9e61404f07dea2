// The corpus score: verdicts counted per language family and per construct, and the Markdown tables
// docs/porting.md shows between its corpus-score markers (the corpus test fails when they differ).
import type { Construct, CorpusEntry, LanguageFamily } from './corpus-files.js';
import { MODES, type Mode, type Verdict } from './corpus-judge.js';

export interface Tally {
  readonly scripts: number;
  readonly right: number;
  readonly reported: number;
  readonly 'silently wrong': number;
}

export interface Score {
  readonly families: Record<LanguageFamily | 'all', Record<Mode, Tally>>;
  readonly constructs: Record<string, Record<LanguageFamily, Record<Mode, Tally>>>;
  readonly scripts: Record<string, Record<Mode, Verdict | undefined>>;
}

const FAMILIES: readonly LanguageFamily[] = ['basic', 'c-like', 'scripting', 'pascal', 'xbase'];
const FAMILY_NAMES: Record<LanguageFamily, string> = { basic: 'BASIC-like', 'c-like': 'C-like', scripting: 'scripting', pascal: 'Pascal', xbase: 'xBase' };
const MODE_NAMES: Record<Mode, string> = { run: '`run`', 'run-dry': '`run --dry-run`', 'port-builder': '`port` (builder)', 'port-chilkat': '`port --style chilkat`' };
const CONSTRUCT_NAMES: Record<Construct, string> = {
  loop: 'loop over data',
  'array-read': 'values read from arrays in the loop',
  'typed-const': 'typed constant',
  'if-else': '`If`/`Else` on data the script has',
  'if-unknown-data': '`If`/`Else` on a command-line argument',
  interpolation: 'string interpolation',
  'built-in': 'built-ins',
  helper: 'helper taking the `JsonObject`',
  'two-requests': 'two requests, the second after the first response',
  'load-template': '`Load(template)`',
  'clear-reuse': '`Clear()` and reuse',
  'handle-reuse': 'a variable naming another object again',
};

function tally(verdicts: readonly (Verdict | undefined)[]): Tally {
  const count = (verdict: Verdict): number => verdicts.filter((each) => each === verdict).length;
  return { scripts: verdicts.length, right: count('right'), reported: count('reported'), 'silently wrong': count('silently wrong') };
}

function perMode(entries: readonly CorpusEntry[], verdictOf: (name: string, mode: Mode) => Verdict | undefined): Record<Mode, Tally> {
  return Object.fromEntries(MODES.map((mode) => [mode, tally(entries.map((entry) => verdictOf(entry.name, mode)))])) as Record<Mode, Tally>;
}

/** Counts the verdicts of every script per family and per construct. */
export function computeScore(entries: readonly CorpusEntry[], verdictOf: (name: string, mode: Mode) => Verdict | undefined): Score {
  const inFamily = (family: LanguageFamily | 'all', list = entries): CorpusEntry[] => list.filter((entry) => family === 'all' || entry.family === family);
  const constructs = Object.keys(CONSTRUCT_NAMES).filter((construct) => entries.some((entry) => entry.constructs.includes(construct as Construct)));
  return {
    families: Object.fromEntries([...FAMILIES, 'all' as const].map((family) => [family, perMode(inFamily(family), verdictOf)])) as Score['families'],
    constructs: Object.fromEntries(
      constructs.map((construct) => {
        const using = entries.filter((entry) => entry.constructs.includes(construct as Construct));
        return [construct, Object.fromEntries(FAMILIES.map((family) => [family, perMode(inFamily(family, using), verdictOf)]))];
      }),
    ) as Score['constructs'],
    scripts: Object.fromEntries(entries.map((entry) => [entry.name, Object.fromEntries(MODES.map((mode) => [mode, verdictOf(entry.name, mode)]))])) as Score['scripts'],
  };
}

function cell(counts: Tally, stressWrong = true): string {
  const many = String(counts['silently wrong']);
  const wrong = counts['silently wrong'] > 0 ? `, ${stressWrong ? `**${many} silently wrong**` : `${many} silently wrong`}` : '';
  return `${String(counts.right)} right, ${String(counts.reported)} reported${wrong}`;
}

/** The tables docs/porting.md shows: per family and mode, then per construct and family. */
export function scoreTables(score: Score, entries: readonly CorpusEntry[]): string {
  const languages = (family: LanguageFamily): string => [...new Set(entries.filter((entry) => entry.family === family).map((entry) => entry.language))].sort().join(', ');
  const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const families = [
    row(['family (scripts)', ...MODES.map((mode) => MODE_NAMES[mode])]),
    row(['---', ...MODES.map(() => '---')]),
    ...FAMILIES.map((family) => row([`${FAMILY_NAMES[family]}: ${languages(family)} (${String(score.families[family].run.scripts)})`, ...MODES.map((mode) => cell(score.families[family][mode]))])),
    row([`**all (${String(score.families.all.run.scripts)})**`, ...MODES.map((mode) => `**${cell(score.families.all[mode], false)}**`)]),
  ];
  const constructs = [
    row(['construct', ...FAMILIES.map((family) => FAMILY_NAMES[family])]),
    row(['---', ...FAMILIES.map(() => '---')]),
    ...Object.entries(score.constructs).map(([construct, byFamily]) =>
      row([CONSTRUCT_NAMES[construct as Construct], ...FAMILIES.map((family) => {
        const counts = byFamily[family];
        return counts.run.scripts === 0 ? '–' : `${MODES.map((mode) => String(counts[mode].right)).join(' · ')} of ${String(counts.run.scripts)}`;
      })]),
    ),
  ];
  return [
    ...families,
    '',
    `Per construct and family: the scripts right in ${MODES.map((mode) => MODE_NAMES[mode]).join(' · ')}, of the scripts that use the construct; the others are reported (or silently wrong, where the table above counts any).`,
    '',
    ...constructs,
  ].join('\n');
}

const BEGIN = '<!-- corpus-score: begin -->';
const END = '<!-- corpus-score: end -->';

/** The generated part of a document, between the corpus-score markers (undefined without them). */
export function scoreSection(doc: string): string | undefined {
  const begin = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  return begin < 0 || end < begin ? undefined : doc.slice(begin + BEGIN.length, end).trim();
}

/** The document with its generated part replaced by `tables`. */
export function withScoreSection(doc: string, tables: string): string {
  const begin = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`the document has no ${BEGIN} … ${END} section`);
  return `${doc.slice(0, begin + BEGIN.length)}\n${tables}\n${doc.slice(end)}`;
}
