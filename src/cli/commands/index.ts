import type { CliCommand } from '../io.js';
import { demoCommand } from './demo.js';

/** Every command of the `pathpatch` bin, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [demoCommand];
