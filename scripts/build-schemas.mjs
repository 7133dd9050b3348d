// Publishes every model the package exports as a JSON Schema (draft 2020-12), so that apps
// written in other languages can check data with the same rules before they hand it to
// peerlearn. Writes dist/schemas/<Name>.json, one per model, and dist/schemas/index.json,
// which lists them with the subpath each comes from.
//
// tsup runs it after every build (`onSuccess` in tsup.config.ts); by hand:
// `node scripts/build-schemas.mjs` (dist/ must be built). It prints nothing when all is well
// and exits non-zero, naming the model and the place, when a model cannot be converted.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

/**
 * Which side of a model the schemas describe. A model that fills in defaults or reshapes
 * its data (a `.default()`, a `.transform()`, a pipe) accepts more than it gives back, and
 * apps in other languages send data TO peerlearn, so the schemas describe what peerlearn
 * accepts: a field with a default is optional, and a model that reshapes its input (such as
 * `MeetingSetup`) is described by the shape an app writes, not the one peerlearn returns.
 * Plain (non-strict) objects therefore allow extra keys, as zod strips them; strict ones
 * refuse them (`additionalProperties: false`).
 */
const IO = 'input';

/** Check kinds that zod writes into JSON Schema; any other kind is a rule the schema lacks. */
const REPRESENTED_CHECKS = new Set([
  'less_than',
  'greater_than',
  'multiple_of',
  'number_format',
  'max_length',
  'min_length',
  'length_equals',
  'max_size',
  'min_size',
  'size_equals',
  'string_format',
]);

/**
 * Whether a schema's checks include a refinement (`.refine`, `.superRefine`), a rule JSON
 * Schema cannot state.
 */
const isRefined = (checks) =>
  checks.some(
    (check) =>
      check._zod.def.check !== 'overwrite' && !REPRESENTED_CHECKS.has(check._zod.def.check),
  );

/**
 * Whether a schema changes a text (`.trim()`, an overwrite) before further checks see it:
 * JSON Schema checks the text as sent, so `'   '` passes `minLength: 1` there but not
 * `z.string().trim().min(1)` in peerlearn.
 */
const isNormalised = (checks) =>
  checks.some((check, index) => check._zod.def.check === 'overwrite' && index < checks.length - 1);

/** `['properties', 'members']` as a JSON Pointer into the schema: `/properties/members`. */
const pointer = (path) =>
  path.map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

/** The zod schemas among a module's exports, by name. */
const modelsOf = (module) =>
  Object.entries(module).filter(
    ([, value]) => typeof value === 'object' && value !== null && '_zod' in value,
  );

/**
 * The first paragraph of the JSDoc block above each `export const Name` in src/, as plain
 * text: the description of a model that carries none in its zod metadata.
 */
function jsDocSummaries(dir, found = new Map()) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) jsDocSummaries(path, found);
    else if (entry.name.endsWith('.ts')) {
      const text = readFileSync(path, 'utf8');
      for (const match of text.matchAll(
        /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export const (\w+)\b/gu,
      )) {
        const lines = (match[1] ?? '').split('\n').map((line) => line.replace(/^\s*\*? ?/u, ''));
        const paragraph = [];
        for (const line of lines) {
          if (line.trim() === '' && paragraph.length > 0) break;
          if (line.trimStart().startsWith('@')) break;
          if (line.trim() !== '') paragraph.push(line.trim());
        }
        const summary = paragraph
          .join(' ')
          .replace(/\{@link\s+([^}|\s]+)\s*(?:\|\s*([^}]+))?\}/gu, (_, name, label) =>
            (label ?? name).trim(),
          );
        if (summary !== '' && match[2] !== undefined) found.set(match[2], summary);
      }
    }
  }
  return found;
}

/**
 * Converts every exported model and writes the files. Throws (naming the model and the part)
 * when a model, or a part of one, has no JSON Schema form.
 */
export async function buildSchemas(rootDir) {
  const manifest = JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8'));
  const dist = join(rootDir, 'dist');
  const load = (file) => import(pathToFileURL(join(dist, file)).href);

  // The subpaths that hold code, in the manifest's order (`./survey` → `peerlearn/survey`).
  const subpaths = Object.entries(manifest.exports)
    .filter(([key, value]) => key !== '.' && typeof value === 'object' && 'import' in value)
    .map(([key, value]) => ({
      module: `${manifest.name}/${key.slice(2)}`,
      file: value.import.default.replace(/^\.\/dist\//u, ''),
    }));

  const models = modelsOf(await load('index.js'));
  const homes = new Map();
  for (const { module, file } of subpaths) {
    for (const [name] of modelsOf(await load(file))) if (!homes.has(name)) homes.set(name, module);
  }
  const summaries = jsDocSummaries(join(rootDir, 'src'));

  const outDir = join(dist, 'schemas');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  const listed = [];
  for (const [name, model] of [...models].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const refined = [];
    const normalised = [];
    /** Parts whose JSON Schema form a copy of them states in its metadata. */
    const stated = new Set();
    const converted = z.toJSONSchema(model, {
      target: 'draft-2020-12',
      io: IO,
      // Nothing unrepresentable is dropped in silence: a part with no JSON Schema form must
      // say in its own metadata what JSON Schema can check of it (`.meta({ type: 'object' })`
      // on a `z.custom`), or the build stops here.
      unrepresentable: ({ zodSchema, path, message }) => {
        const meta = z.globalRegistry.get(zodSchema);
        if ((meta !== undefined && 'type' in meta) || stated.has(zodSchema)) {
          // `.meta()` returns a copy whose parent (the bare schema) zod converts next.
          for (let up = zodSchema._zod.parent; up !== undefined; up = up._zod.parent)
            stated.add(up);
          refined.push(pointer(path));
          return {};
        }
        throw new Error(
          `build-schemas: ${name} cannot be published as JSON Schema: at ${pointer(path) || '/'}, ${message}. ` +
            'Write that part as a plain schema or a pipe, or give it `.meta({ type: … })` saying what JSON Schema can check.',
        );
      },
      // Refinements (`.refine`, `.superRefine`) are kept by zod but cannot be written in
      // JSON Schema; list where they are, so the guide and index.json can say so.
      override: ({ zodSchema, path }) => {
        const checks = zodSchema._zod.def.checks ?? [];
        if (isRefined(checks)) refined.push(pointer(path));
        if (isNormalised(checks)) normalised.push(pointer(path));
      },
    });
    const { $schema, ...body } = converted;
    if (Object.keys(body).length === 0)
      throw new Error(`build-schemas: ${name} converted to an empty schema that accepts anything.`);

    const id = `https://unpkg.com/${manifest.name}@${manifest.version}/dist/schemas/${name}.json`;
    const meta = z.globalRegistry.get(model);
    const description = meta?.description ?? model.description ?? summaries.get(name);
    /** The distinct places, sorted, with the root written `/`. */
    const places = (pointers) => [...new Set(pointers)].map((at) => at || '/').sort();
    const refinedAt = places(refined);
    const normalisedAt = places(normalised);
    const schema = {
      $schema,
      $id: id,
      title: name,
      ...(description === undefined ? {} : { description }),
      ...(refinedAt.length === 0
        ? {}
        : {
            $comment: `peerlearn checks rules of its own that this schema cannot state, at ${refinedAt.join(', ')}: data this schema accepts can still be refused, so re-validate with peerlearn.`,
          }),
      ...body,
    };
    writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
    listed.push({
      name,
      module: homes.get(name) ?? manifest.name,
      file: `${name}.json`,
      $id: id,
      ...(refinedAt.length === 0 ? {} : { refinedAt }),
      ...(normalisedAt.length === 0 ? {} : { normalisedAt }),
    });
  }

  const index = {
    $comment:
      'Every model peerlearn exports, as JSON Schema (draft 2020-12) of the data peerlearn accepts. refinedAt: places (JSON Pointers into the schema) where peerlearn applies rules of its own that JSON Schema cannot state. normalisedAt: places where peerlearn trims a text before checking its length.',
    package: manifest.name,
    version: manifest.version,
    draft: 'https://json-schema.org/draft/2020-12/schema',
    io: IO,
    schemas: listed,
  };
  writeFileSync(join(outDir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  return listed;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await buildSchemas(fileURLToPath(new URL('..', import.meta.url)));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
