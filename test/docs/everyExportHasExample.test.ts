/**
 * Every runtime export of the package (functions, classes, constants and zod schemas) has
 * JSDoc with an `@example` block; the example runner (examples.test.ts) then checks them.
 * Types are documented too (typedoc fails without), but need no example.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

describe('documentation', () => {
  it('every exported function, class, constant and schema has an @example', () => {
    const program = ts.createProgram([root], {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      noEmit: true,
    });
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(root);
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (module === undefined) throw new Error('cannot read src/index.ts');
    const missing: string[] = [];
    const exports = checker.getExportsOfModule(module);
    for (const exported of exports) {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (
        !(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class))
      )
        continue;
      if (!symbol.getJsDocTags(checker).some((tag) => tag.name === 'example'))
        missing.push(exported.name);
    }
    expect(exports.length).toBeGreaterThan(50);
    expect(missing, 'exports without an @example').toEqual([]);
  }, 60_000);
});
