// One-off codemod (kept for future modules): wraps each top-level `const X = <expression
// with calls>` in src/ as `/* @__PURE__ */ (() => <expression>)()`, so bundlers can drop
// schemas and tables that an app does not import. A plain `/* @__PURE__ */` on a call does
// not cover calls inside its arguments, which esbuild then keeps.
// Usage: node scripts/wrap-pure.mjs [--check]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const check = process.argv.includes('--check');
const files = (function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? walk(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
})('src');

const hasCall = (node) => {
  let found = false;
  const visit = (child) => {
    if (found) return;
    if (ts.isArrowFunction(child) || ts.isFunctionExpression(child)) return;
    if (
      ts.isCallExpression(child) ||
      ts.isNewExpression(child) ||
      ts.isTaggedTemplateExpression(child)
    ) {
      found = true;
      return;
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
};
const isWrapped = (node) =>
  ts.isCallExpression(node) &&
  ts.isParenthesizedExpression(node.expression) &&
  ts.isArrowFunction(node.expression.expression) &&
  node.arguments.length === 0;

let changed = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (
        init === undefined ||
        ts.isArrowFunction(init) ||
        ts.isFunctionExpression(init) ||
        isWrapped(init) ||
        !hasCall(init)
      )
        continue;
      // Start at the `=`, so that an existing /* @__PURE__ */ comment is replaced too.
      const equals = text.indexOf('=', (declaration.type ?? declaration.name).end);
      const raw = text.slice(init.getStart(source), init.end);
      const body = ts.isObjectLiteralExpression(init) ? `(${raw})` : raw;
      edits.push({
        from: equals,
        to: init.end,
        replacement: `= /* @__PURE__ */ (() =>\n  ${body})()`,
      });
    }
  }
  if (edits.length === 0) continue;
  changed += edits.length;
  if (check) {
    process.stderr.write(
      `${file}: ${String(edits.length)} top-level value(s) with calls not wrapped\n`,
    );
    continue;
  }
  let out = text;
  for (const edit of edits.sort((a, b) => b.from - a.from))
    out = out.slice(0, edit.from) + edit.replacement + out.slice(edit.to);
  writeFileSync(file, out);
}
process.stdout.write(`${String(changed)} declaration(s) ${check ? 'need wrapping' : 'wrapped'}\n`);
process.exit(check && changed > 0 ? 1 : 0);
