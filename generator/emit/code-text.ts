// The one way text from a spec reaches generated code. A spec is input the user may not have written: a path, a
// media type, a description or a result message must never become code. Every emitter writes spec text through
// these functions, each for one position: inside a comment, as a string literal, as a property name, as a name.
// printStatements (ts-project.ts) passes every `docs` of the ts-morph structures through commentText, so a
// structure cannot carry raw text into a comment; writer functions use blockComment.
// Each function is one regular-expression pass over a short string (no pass over the whole document).
import { GeneratorError } from '../types.ts';

// Every ECMAScript line terminator: LF, CR (alone or before LF), LINE SEPARATOR, PARAGRAPH SEPARATOR.
const LINE_TERMINATORS = /\r\n?|[\n\u2028\u2029]/g;

/**
 * Text safe inside a block comment (`/* … *\/` or JSDoc): `*\/` cannot end the comment (its slash becomes
 * U+2215 DIVISION SLASH, which reads the same), and every line terminator is a line feed, which the printers
 * continue with ` * `.
 */
export function commentText(value: string): string {
  return value.replace(/\*\//g, '*\u2215').replace(LINE_TERMINATORS, '\n');
}

/** Text safe in a `//` comment: one line (each line terminator a space), so nothing after it is code. */
export function lineCommentText(value: string): string {
  return value.replace(LINE_TERMINATORS, ' ');
}

/**
 * A JSDoc block as lines (one `writeLine` each), for writer functions: `/** text *\/` for one line of text unless
 * `multiline`, else one ` * ` line per line of text.
 */
export function blockComment(text: string, multiline = false): string[] {
  const lines = commentText(text).split('\n');
  if (lines.length === 1 && !multiline) return [`/** ${lines[0]} */`];
  return ['/**', ...lines.map((line) => (line === '' ? ' *' : ` * ${line}`)), ' */'];
}

const ESCAPES: Record<string, string> = { "'": "\\'", '\u2028': '\\u2028', '\u2029': '\\u2029', '<': '\\x3C', '\\\\': '\\x5C' };

/**
 * A single-quoted string literal holding exactly `value`. JSON.stringify escapes backslashes, control characters
 * and lone surrogates; then the double quotes it escaped are unescaped and single quotes escaped instead, U+2028 and
 * U+2029 are written as escapes, and so is `<` before `/script` or `!--`, so the text is also safe inside an HTML
 * script element. A backtick or `${` is plain text in a single-quoted literal. A backslash is written `\x5C`, not
 * `\\`: ts-morph's writer reads `\\'` as an escaped quote (it looks one character back), then takes the rest of
 * the file for a string, and its idea of where comments are goes wrong with it.
 */
export function stringLiteral(value: string): string {
  const inner = JSON.stringify(value)
    .slice(1, -1)
    .replace(/\\"/g, '"')
    .replace(/\\\\|['\u2028\u2029]|<(?=\/script|!--)/gi, (c) => ESCAPES[c]!);
  return `'${inner}'`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** True for an ASCII identifier name (the only names the generator writes bare). */
export function isIdentifier(value: string): boolean {
  return IDENTIFIER.test(value);
}

/**
 * A property name: bare when it is an identifier name, otherwise quoted; `__proto__` computed (`['__proto__']`),
 * since written plain or quoted in an object literal it would set the object's prototype instead.
 */
export function propertyKey(value: string): string {
  if (value === '__proto__') return `[${stringLiteral(value)}]`;
  return isIdentifier(value) ? value : stringLiteral(value);
}

/** `.name` when `name` is an identifier name, else `['name']`: a property access in generated code. */
export function propertyAccess(name: string): string {
  return isIdentifier(name) ? `.${name}` : `[${stringLiteral(name)}]`;
}

/**
 * A name the generator writes bare (an export, a method): `value` itself when it is an ASCII identifier; anything
 * else is refused, not mangled (a renamed export would surprise its callers), with the JSON pointer of the value.
 */
export function identifier(value: unknown, what: string, pointer: string, rule = 'operation-operationId'): string {
  if (typeof value !== 'string' || !IDENTIFIER.test(value)) {
    const shown = typeof value === 'string' ? JSON.stringify(value) : 'missing';
    // A missing value is reported where its parent is written.
    const location = typeof value === 'string' ? pointer : pointer.slice(0, pointer.lastIndexOf('/'));
    throw new GeneratorError(`${what} must be an identifier (letters, digits, _ or $, not starting with a digit), because the generated code is named after it; it is ${shown}`, { location, rule });
  }
  return value;
}

/** `makeThing` → `MakeThing`: the prefix of the type names emitted for an (already checked) identifier. */
export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
