/**
 * Code generation from IR: `builder` (idiomatic) or `chilkat` (step-by-step) style.
 *
 * @example
 * generateModule(ir, { style: 'builder', file: 'a.au3', languageName: 'AutoIt' }).code;
 */
import type { IrScript } from '../ir.js';
import { generateBuilderModule, type CodegenOptions, type Generated } from './builder-style.js';
import { generateChilkatModule } from './chilkat-style.js';

/**
 * The two output styles of `pathpatch port`.
 *
 * @example
 * const style: PortStyle = 'chilkat';
 */
export type PortStyle = 'builder' | 'chilkat';

/**
 * Generates a TypeScript module from a script's IR.
 *
 * @param script - The IR.
 * @param options - Style, file name, language name, evaluator.
 * @returns The code and diagnostics.
 * @example
 * generateModule({ language: 'autoit', nodes: [] }, { style: 'chilkat', file: 'a.au3', languageName: 'AutoIt' }).diagnostics; //=> []
 */
export function generateModule(script: IrScript, options: CodegenOptions & { readonly style?: PortStyle }): Generated {
  return options.style === 'chilkat' ? generateChilkatModule(script, options) : generateBuilderModule(script, options);
}

export type { CodegenOptions, Generated } from './builder-style.js';
