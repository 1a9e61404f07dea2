/**
 * The porter's statement tree (AST) and its readers.
 *
 * @example
 * import type { Program } from './ast/index.js';
 */
export type {
  AssignTarget, Assignment, BinaryExpression, BooleanLiteral, CallExpression, CreateObject, Declaration, DictEntry, DictLiteral, Expression,
  ExpressionKind, ExpressionStatement, ForEachStatement, ForStatement, FunctionDefinition, IfBranch, IfStatement, IndexAccess, InterpolatedString,
  InterpolationPart, JumpStatement, ListLiteral, MemberAccess, NameReference, NewExpression, NullLiteral, NumberLiteral, Parameter, PrintStatement,
  Program, ProgramArguments, ReturnStatement, SelectCase, SelectStatement, SourcePlace, Statement, StatementKind, StringLiteral, UnaryExpression, UnreadableExpression,
  UnsupportedStatement, WhileStatement,
} from './nodes.js';
export { bareName } from './names.js';
export { walkStatements } from './walk-statements.js';
