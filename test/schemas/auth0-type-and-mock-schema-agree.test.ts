import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { clientUpdateSchema } from '../../src/testing/client-update-schema.js';
import type { Schema } from '../../src/testing/schema.js';

// The Auth0 "Update a client" body is written twice: the exported type (src/schemas) that types
// payload<Auth0ClientUpdate>() at compile time, and the mock's runtime schema (src/testing) that
// answers 400 like the server. Both are reduced here to one description (every field, its type,
// enums, nesting, required keys, null, closed or open) and compared whole.
const root = resolve(import.meta.dirname, '../..');

/** One description for both sides. */
type Shape =
  | { readonly kind: 'string'; readonly enum?: readonly string[]; readonly nullable: boolean }
  | { readonly kind: 'number' | 'boolean'; readonly nullable: boolean }
  | { readonly kind: 'array'; readonly items: Shape; readonly nullable: boolean }
  | {
      readonly kind: 'object';
      readonly properties: Readonly<Record<string, Shape>>;
      readonly required: readonly string[];
      /** `closed`: no other key; `open`: any other key; else the shape of every other key (a map). */
      readonly additional: 'closed' | 'open' | Shape;
      readonly nullable: boolean;
    }
  | { readonly kind: 'any-of'; readonly options: readonly Shape[]; readonly nullable: boolean }
  | { readonly kind: 'any' };

// ---- the runtime schema ----------------------------------------------------------------------

function fromSchema(schema: Schema): Shape {
  if (schema.kind === 'any') return { kind: 'any' };
  const nullable = schema.nullable === true;
  switch (schema.kind) {
    case 'string':
      // Lengths and patterns are run-time rules a type cannot state; enums it can.
      return schema.enum === undefined ? { kind: 'string', nullable } : { kind: 'string', enum: [...schema.enum].sort(), nullable };
    case 'number':
      // "integer" is a run-time rule: a type says number.
      return { kind: 'number', nullable };
    case 'boolean':
      return { kind: 'boolean', nullable };
    case 'array':
      return { kind: 'array', items: fromSchema(schema.items), nullable };
    case 'any-of':
      return { kind: 'any-of', options: sortShapes(schema.options.map(fromSchema)), nullable };
    case 'object': {
      const properties = Object.fromEntries(Object.entries(schema.properties).map(([key, value]) => [key, fromSchema(value)]));
      const additional = schema.additional === false ? 'closed' : schema.additional === true || schema.additional.kind === 'any' ? 'open' : fromSchema(schema.additional);
      return { kind: 'object', properties, required: [...(schema.required ?? [])].sort(), additional, nullable };
    }
  }
}

// ---- the TypeScript type ---------------------------------------------------------------------

const file = resolve(root, 'src/schemas/auth0-client-update.ts');
const program = ts.createProgram([file], {
  strict: true,
  exactOptionalPropertyTypes: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  noEmit: true,
});
const checker = program.getTypeChecker();

function exportedType(name: string): ts.Type {
  const source = program.getSourceFile(file);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  const symbol = moduleSymbol === undefined ? undefined : checker.getExportsOfModule(moduleSymbol).find((item) => item.name === name);
  if (symbol === undefined) throw new Error(`${name} is not exported by ${file}`);
  return checker.getDeclaredTypeOfSymbol(symbol);
}

function fromType(type: ts.Type, where: string): Shape {
  const members = type.isUnion() ? type.types : [type];
  const nullable = members.some((member) => member.flags & ts.TypeFlags.Null);
  const rest = members.filter((member) => !(member.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
  if (rest.some((member) => member.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any))) return { kind: 'any' };
  const groups: Shape[] = [];
  const literals = rest.filter((member) => member.isStringLiteral()).map((member) => member.value);
  if (rest.some((member) => member.flags & ts.TypeFlags.String)) groups.push({ kind: 'string', nullable: false });
  else if (literals.length > 0) groups.push({ kind: 'string', enum: literals.sort(), nullable: false });
  if (rest.some((member) => member.flags & ts.TypeFlags.Number)) groups.push({ kind: 'number', nullable: false });
  if (rest.some((member) => member.flags & ts.TypeFlags.BooleanLiteral)) groups.push({ kind: 'boolean', nullable: false });
  for (const member of rest.filter((item) => item.flags & ts.TypeFlags.Object)) groups.push(fromObjectType(member, where));
  const known = ts.TypeFlags.String | ts.TypeFlags.StringLiteral | ts.TypeFlags.Number | ts.TypeFlags.BooleanLiteral | ts.TypeFlags.Object;
  const unknown = rest.find((member) => !(member.flags & known));
  if (unknown !== undefined) throw new Error(`${where}: no description for ${checker.typeToString(unknown)}`);
  if (groups.length === 1) return { ...(groups[0] as Shape), nullable } as Shape;
  return { kind: 'any-of', options: sortShapes(groups), nullable };
}

function fromObjectType(type: ts.Type, where: string): Shape {
  if (checker.isArrayType(type)) {
    const [item] = checker.getTypeArguments(type as ts.TypeReference);
    if (item === undefined) throw new Error(`${where}: an array without an item type`);
    return { kind: 'array', items: fromType(item, `${where}[]`), nullable: false };
  }
  const properties: Record<string, Shape> = {};
  const required: string[] = [];
  for (const property of checker.getPropertiesOfType(type)) {
    const path = where === '' ? property.name : `${where}.${property.name}`;
    properties[property.name] = fromType(checker.getTypeOfSymbol(property), path);
    if (!(property.flags & ts.SymbolFlags.Optional)) required.push(property.name);
  }
  const index = checker.getIndexInfoOfType(type, ts.IndexKind.String);
  // Record<string, never> admits no value: as closed as an object without keys.
  const additional: 'closed' | 'open' | Shape =
    index === undefined || index.type.flags & ts.TypeFlags.Never ? 'closed' : index.type.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any) ? 'open' : fromType(index.type, `${where}.*`);
  return { kind: 'object', properties, required: required.sort(), additional, nullable: false };
}

function sortShapes(shapes: Shape[]): Shape[] {
  return shapes.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

// ---- the comparison --------------------------------------------------------------------------

/** Every object's path and whether it is closed or open, in both descriptions. */
function openness(shape: Shape, where = ''): string[] {
  if (shape.kind === 'array') return openness(shape.items, `${where}[]`);
  if (shape.kind === 'any-of') return shape.options.flatMap((option) => openness(option, where));
  if (shape.kind !== 'object') return [];
  const own = `${where === '' ? '(body)' : where}: ${typeof shape.additional === 'string' ? shape.additional : 'map'}`;
  return [own, ...Object.entries(shape.properties).flatMap(([key, value]) => openness(value, where === '' ? key : `${where}.${key}`))];
}

/** The same description with the objects at `paths` made closed. */
function closeAt(shape: Shape, paths: readonly string[], where = ''): Shape {
  if (shape.kind === 'array') return { ...shape, items: closeAt(shape.items, paths, `${where}[]`) };
  if (shape.kind === 'any-of') return { ...shape, options: shape.options.map((option) => closeAt(option, paths, where)) };
  if (shape.kind !== 'object') return shape;
  const properties = Object.fromEntries(Object.entries(shape.properties).map(([key, value]) => [key, closeAt(value, paths, where === '' ? key : `${where}.${key}`)]));
  return { ...shape, properties, additional: paths.includes(where) && shape.additional === 'open' ? 'closed' : shape.additional };
}

// The one deliberate difference: the server (and the SDK's type) takes extra keys in these objects;
// the exported type closes them so that a misspelt key is a compile error.
const CLOSED_BY_THE_TYPE_ONLY = ['oidc_logout', 'oidc_backchannel_logout', 'jwt_configuration', 'encryption_key', 'mobile', 'mobile.android', 'mobile.ios'];

describe('Auth0ClientUpdate (the type) and clientUpdateSchema (the mock)', () => {
  const fromTheType = fromType(exportedType('Auth0ClientUpdate'), '');
  const fromTheMock = fromSchema(clientUpdateSchema);

  it('have the same top-level fields', () => {
    expect(fromTheType.kind === 'object' && Object.keys(fromTheType.properties).sort()).toEqual(fromTheMock.kind === 'object' && Object.keys(fromTheMock.properties).sort());
  });

  it('agree on every field: type, enum values, null, nesting and required keys', () => {
    expect(fromTheType).toEqual(closeAt(fromTheMock, CLOSED_BY_THE_TYPE_ONLY));
  });

  it('differ in openness only where the type closes what the server leaves open', () => {
    const typeSide = openness(fromTheType);
    const mockSide = openness(fromTheMock);
    const differences = mockSide.filter((line) => !typeSide.includes(line));
    expect(differences).toEqual(CLOSED_BY_THE_TYPE_ONLY.map((path) => `${path}: open`).sort((a, b) => mockSide.indexOf(a) - mockSide.indexOf(b)));
    // Free-form maps are open on both sides.
    expect(typeSide.filter((line) => line.endsWith(': open'))).toEqual(['jwt_configuration.scopes: open', 'addons.samlp.mappings: open', 'my_organization_configuration.third_party_client_access: open']);
    expect(mockSide.filter((line) => line.endsWith(': open') && !CLOSED_BY_THE_TYPE_ONLY.some((path) => line === `${path}: open`))).toEqual(typeSide.filter((line) => line.endsWith(': open')));
  });

  it('the description is fine-grained enough to catch a drift', () => {
    // A drift of each kind, made on a copy of the mock's description, is seen by the comparison.
    const mock = closeAt(fromTheMock, CLOSED_BY_THE_TYPE_ONLY);
    if (mock.kind !== 'object') throw new Error('the body is an object');
    const drifts: Shape[] = [
      { ...mock, properties: { ...mock.properties, app_type: { kind: 'string', enum: ['native', 'spa'], nullable: false } } },
      { ...mock, properties: { ...mock.properties, par_request_expiry: { kind: 'number', nullable: false } } },
      { ...mock, required: ['name'] },
      { ...mock, additional: 'open' },
    ];
    for (const drift of drifts) expect(fromTheType).not.toEqual(drift);
  });
});
