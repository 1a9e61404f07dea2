import type { CliCommand } from '../io.js';
import { demoCommand } from './demo.js';
import { fromCurlCommand, fromJsonCommand, fromPostmanCommand } from './from-sources.js';
import { portCommand } from './port.js';
import { runCommand } from './run.js';

/** Every command of the `pathpatch` bin, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [portCommand, runCommand, fromJsonCommand, fromPostmanCommand, fromCurlCommand, demoCommand];
