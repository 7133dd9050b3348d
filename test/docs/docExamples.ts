/**
 * Finds the code examples in the README and in the JSDoc `@example` blocks of src/, and
 * runs them with each `// => value` comment checked against the statement before it.
 *
 * An example's expression statement followed (on the next lines) by `// => expected`
 * becomes a check that the expression's value deeply equals `expected`; the expected text
 * may continue over further `//` lines. Every check must run, so an assertion hidden in a
 * branch that is never taken fails too.
 */
import ts from 'typescript';

/** One runnable example and where it came from. */
export interface DocExample {
  readonly source: string;
  readonly line: number;
  readonly code: string;
}

/** The ```ts (or ```typescript) fenced blocks of a Markdown text. */
export function markdownExamples(text: string, source: string): DocExample[] {
  const examples: DocExample[] = [];
  const fence = /^```(ts|typescript)\s*\n([\s\S]*?)^```/gmu;
  for (const match of text.matchAll(fence)) {
    const line = text.slice(0, match.index).split('\n').length + 1;
    examples.push({ source, line, code: match[2] ?? '' });
  }
  return examples;
}

/** The fenced blocks inside `@example` tags of the JSDoc comments of a source file. */
export function jsDocExamples(text: string, source: string): DocExample[] {
  const examples: DocExample[] = [];
  for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//gu)) {
    const body = (comment[1] ?? '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/u, ''))
      .join('\n');
    const at = body.indexOf('@example');
    if (at < 0) continue;
    const commentLine = text.slice(0, comment.index).split('\n').length;
    for (const example of markdownExamples(body.slice(at), source)) {
      examples.push({ ...example, line: commentLine });
    }
  }
  return examples;
}

interface Check {
  readonly start: number;
  readonly end: number;
  readonly expression: string;
  readonly expected: string;
}

/** Finds each expression statement followed by a `// =>` comment. */
function findChecks(code: string): Check[] {
  const file = ts.createSourceFile(
    'example.ts',
    code,
    ts.ScriptTarget.ES2022,
    true,
    ts.ScriptKind.TS,
  );
  const checks: Check[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) {
      const expected = expectedAfter(code, node.end);
      if (expected !== undefined) {
        checks.push({
          start: node.getStart(file),
          end: node.end,
          expression: node.expression.getText(file),
          expected,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return checks;
}

/** The expected value written after a statement: `// => …` lines, with `//` continuations. */
function expectedAfter(code: string, end: number): string | undefined {
  const nextLine = code.indexOf('\n', end);
  if (nextLine < 0) return undefined;
  const lines = code.slice(nextLine + 1).split('\n');
  const first = lines[0]?.trim() ?? '';
  if (!first.startsWith('// =>')) return undefined;
  const parts = [first.slice('// =>'.length)];
  for (const line of lines.slice(1)) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('//') || trimmed.startsWith('// =>')) break;
    parts.push(trimmed.slice(2));
  }
  return parts.join('\n').trim();
}

/**
 * Runs an example. `modules` maps import specifiers to module namespaces; the names of the
 * first one are also in scope, as the JSDoc examples use them without importing.
 * `assertEqual` is called for each check with (actual, expected, label).
 */
export function runExample(
  example: DocExample,
  modules: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
  assertEqual: (actual: unknown, expected: unknown, label: string) => void,
): void {
  const checks = findChecks(example.code);
  let code = example.code;
  for (const [index, check] of [...checks.entries()].reverse()) {
    code = `${code.slice(0, check.start)}__check(${String(index)}, (${check.expression}), (${check.expected}));${code.slice(check.end)}`;
  }
  const [defaultSpecifier] = Object.keys(modules);
  const scope = defaultSpecifier === undefined ? {} : (modules[defaultSpecifier] ?? {});
  const declared = (name: string): boolean =>
    new RegExp(
      `\\b(const|let|var|function|class|import)\\s+(\\{[^}]*\\b)?${name}\\b|\\bimport\\s*\\{[^}]*\\b${name}\\b`,
      'u',
    ).test(example.code);
  const injected = Object.keys(scope).filter(
    (name) => new RegExp(`\\b${name}\\b`, 'u').test(example.code) && !declared(name),
  );
  const prologue = injected.length === 0 ? '' : `const { ${injected.join(', ')} } = __scope;\n`;
  const js = ts.transpileModule(prologue + code, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: false,
    },
  }).outputText;

  const ran = new Set<number>();
  const check = (index: number, actual: unknown, expected: unknown): void => {
    ran.add(index);
    assertEqual(
      actual,
      expected,
      `${example.source}:${String(example.line)} check ${String(index + 1)}: ${checks[index]?.expression ?? ''}`,
    );
  };
  const require = (specifier: string): unknown => {
    const found = modules[specifier];
    if (found === undefined)
      throw new Error(
        `${example.source}:${String(example.line)}: the example imports ${specifier}, which the runner does not provide`,
      );
    return found;
  };
  const exports = {};
  // Running documentation examples is the point of this file.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const body = new Function('require', 'exports', '__scope', '__check', js) as (
    ...args: unknown[]
  ) => void;
  body(require, exports, scope, check);
  const missed = checks.map((_, index) => index).filter((index) => !ran.has(index));
  if (missed.length > 0) {
    throw new Error(
      `${example.source}:${String(example.line)}: these checks never ran (inside a branch not taken?): ${missed.map((index) => checks[index]?.expression ?? '').join('; ')}`,
    );
  }
}

/** How many `// =>` checks an example holds. */
export function countChecks(code: string): number {
  return findChecks(code).length;
}
