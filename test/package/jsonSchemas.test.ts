/**
 * The JSON Schemas the package publishes in dist/schemas/ (scripts/build-schemas.mjs writes
 * them after each build): one per exported model, each compiled by an independent JSON
 * Schema validator (ajv, draft 2020-12, strict mode), and each agreeing with peerlearn's own
 * zod model on sample data (test/package/schemaSamples.ts): what one accepts the other
 * accepts, what one refuses the other refuses, except for the rules JSON Schema cannot state,
 * which docs/guides/json-schema.md lists and the `beyondSchema` samples prove.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { readdirSync, readFileSync } from 'node:fs';
import * as peerlearn from 'peerlearn';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { SAMPLES, type Refused } from './schemaSamples.js';

const schemasDir = new URL('../../dist/schemas/', import.meta.url);
const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly exports: Record<string, unknown>;
}
interface IndexEntry {
  readonly name: string;
  readonly module: string;
  readonly file: string;
  readonly $id: string;
  readonly refinedAt?: readonly string[];
  readonly normalisedAt?: readonly string[];
}
interface SchemaIndex {
  readonly package: string;
  readonly version: string;
  readonly io: string;
  readonly schemas: readonly IndexEntry[];
}
interface JsonSchema {
  readonly $schema?: string;
  readonly $id?: string;
  readonly title?: string;
  readonly description?: string;
  readonly type?: string | readonly string[];
  readonly required?: readonly string[];
  readonly additionalProperties?: unknown;
}

const manifest = readJson(new URL('../../package.json', import.meta.url)) as Manifest;
const index = readJson(new URL('index.json', schemasDir)) as SchemaIndex;
const schemaFiles = readdirSync(schemasDir)
  .filter((file) => file.endsWith('.json') && file !== 'index.json')
  .sort();
const schemaOf = (name: string): JsonSchema =>
  readJson(new URL(`${name}.json`, schemasDir)) as JsonSchema;

const isModel = (value: unknown): value is ZodType =>
  typeof value === 'object' && value !== null && '_zod' in value;
const models = (Object.entries(peerlearn) as [string, unknown][])
  .filter((entry): entry is [string, ZodType] => isModel(entry[1]))
  .sort(([a], [b]) => (a < b ? -1 : 1));
const modelNames = models.map(([name]) => name);

/** `YYYY-MM-DD` naming a day that exists (RFC 3339 full-date), checked without zod. */
function isDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  if (match === null) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}
/** An RFC 3339 date-time: a date, a time and a `Z` or an offset, checked without zod. */
function isDateTime(text: string): boolean {
  const match =
    /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/iu.exec(
      text,
    );
  return match !== null && isDate(match[1] ?? '');
}

// Strict mode; union types (`type: ['string', 'number']`) are plain JSON Schema, allowed.
const ajv = new Ajv2020({
  strict: true,
  allowUnionTypes: true,
  allErrors: true,
  formats: { date: isDate, 'date-time': isDateTime },
});
const validators = new Map<string, ValidateFunction>();
/** The compiled validator of a model's published schema. */
function validatorOf(name: string): ValidateFunction {
  let validate = validators.get(name);
  if (validate === undefined) {
    validate = ajv.compile(schemaOf(name));
    validators.set(name, validate);
  }
  return validate;
}

const jsonCopy = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;
const asJson = (value: unknown): string => JSON.stringify(value)?.slice(0, 200) ?? String(value);

/** What ajv and zod each say of one value. */
function verdicts(name: string, model: ZodType, data: unknown): { ajv: boolean; zod: boolean } {
  const validate = validatorOf(name);
  return { ajv: validate(data), zod: model.safeParse(data).success };
}

describe('the published JSON Schemas', () => {
  it('are one file per exported model, no more and no fewer, listed in index.json', () => {
    expect(models.length).toBeGreaterThan(100);
    expect(schemaFiles).toEqual(modelNames.map((name) => `${name}.json`).sort());
    expect(index.schemas.map((entry) => entry.name)).toEqual(modelNames);
    expect(index.schemas.map((entry) => entry.file)).toEqual(
      modelNames.map((name) => `${name}.json`),
    );
    expect([index.package, index.version, index.io]).toEqual([
      manifest.name,
      manifest.version,
      'input',
    ]);
  });

  it('name in index.json the subpath each model comes from', async () => {
    for (const entry of index.schemas) {
      const module = (await import(/* @vite-ignore */ entry.module)) as Record<string, unknown>;
      expect(module[entry.name], `${entry.name} in ${entry.module}`).toBe(
        (peerlearn as Record<string, unknown>)[entry.name],
      );
    }
    expect(index.schemas.find((entry) => entry.name === 'Member')?.module).toBe('peerlearn');
    expect(index.schemas.find((entry) => entry.name === 'Instrument')?.module).toBe(
      'peerlearn/survey',
    );
  });

  it('are draft 2020-12, with $id, title and description', () => {
    for (const [name] of models) {
      const schema = schemaOf(name);
      expect(schema.$schema, name).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id, name).toBe(
        `https://unpkg.com/${manifest.name}@${manifest.version}/dist/schemas/${name}.json`,
      );
      expect(schema.$id, name).toBe(index.schemas.find((entry) => entry.name === name)?.$id);
      expect(schema.title, name).toBe(name);
      expect(schema.description, name).toMatch(/^\S.*\S$/u);
      expect(schema.description, name).not.toMatch(/\{@link/u);
    }
  });

  it('compile in ajv’s strict mode, every one, side by side', () => {
    for (const [name] of models) expect(() => validatorOf(name), name).not.toThrow();
    const together = new Ajv2020({
      strict: true,
      allowUnionTypes: true,
      formats: { date: true, 'date-time': true },
    });
    for (const [name] of models) together.addSchema(schemaOf(name));
    expect(together.getSchema(index.schemas[0]?.$id ?? '')).toBeTypeOf('function');
  });
});

describe('sample data', () => {
  it('there are samples for every exported model and for nothing else', () => {
    const missing = modelNames.filter((name) => (SAMPLES[name]?.valid.length ?? 0) === 0);
    expect(missing, 'models without a valid sample in test/package/schemaSamples.ts').toEqual([]);
    expect(Object.keys(SAMPLES).filter((name) => !modelNames.includes(name))).toEqual([]);
  });

  for (const [name, model] of models) {
    describe(name, () => {
      const samples = SAMPLES[name] ?? { valid: [] };

      it('valid samples pass both zod and the JSON Schema, also after a JSON round trip', () => {
        for (const sample of samples.valid) {
          const validate = validatorOf(name);
          expect(validate(sample), `${asJson(sample)}: ${ajv.errorsText(validate.errors)}`).toBe(
            true,
          );
          expect(model.safeParse(sample).error, asJson(sample)).toBeUndefined();
          const copy = jsonCopy(sample);
          expect(verdicts(name, model, copy), `${asJson(copy)} after JSON`).toEqual({
            ajv: true,
            zod: true,
          });
        }
      });

      it('what peerlearn makes of a valid sample, stored as JSON, passes both again', () => {
        for (const sample of samples.valid) {
          const stored = jsonCopy(model.parse(sample));
          expect(verdicts(name, model, stored), asJson(stored)).toEqual({ ajv: true, zod: true });
        }
      });

      it('invalid samples are refused by both', () => {
        for (const { why, data } of samples.invalid ?? []) {
          expect(verdicts(name, model, data), `${why}: ${asJson(data)}`).toEqual({
            ajv: false,
            zod: false,
          });
        }
      });

      it('a wrong type, a missing field and an unknown field in a strict model are refused by both', () => {
        const schema = schemaOf(name);
        const wrong: Refused[] = [];
        if (schema.type === 'object')
          wrong.push({ why: 'a list', data: [] }, { why: 'a text', data: 'x' });
        if (schema.type === 'array') wrong.push({ why: 'an object', data: {} });
        if (schema.type === 'string') wrong.push({ why: 'a number', data: 42 });
        if (schema.type === 'number' || schema.type === 'integer')
          wrong.push({ why: 'a text', data: '42' });
        for (const sample of samples.valid) {
          if (typeof sample !== 'object' || sample === null || Array.isArray(sample)) continue;
          for (const field of schema.required ?? []) {
            const rest = Object.entries(sample).filter(([key]) => key !== field);
            wrong.push({ why: `no ${field}`, data: Object.fromEntries(rest) });
          }
          if (schema.additionalProperties === false)
            wrong.push({ why: 'an unknown field', data: { ...sample, unexpected: true } });
        }
        for (const { why, data } of wrong) {
          expect(verdicts(name, model, data), `${why}: ${asJson(data)}`).toEqual({
            ajv: false,
            zod: false,
          });
        }
      });

      it('samples that break a rule JSON Schema cannot state pass the schema, not peerlearn', () => {
        const entry = index.schemas.find((listed) => listed.name === name);
        for (const { why, data } of samples.beyondSchema ?? []) {
          expect(verdicts(name, model, data), `${why}: ${asJson(data)}`).toEqual({
            ajv: true,
            zod: false,
          });
          // index.json (and the guide) must own up to the gap.
          expect([...(entry?.refinedAt ?? []), ...(entry?.normalisedAt ?? [])], name).not.toEqual(
            [],
          );
        }
      });
    });
  }
});

describe('docs/guides/json-schema.md', () => {
  const guide = readFileSync(new URL('../../docs/guides/json-schema.md', import.meta.url), 'utf8');

  it('names every model with a rule its JSON Schema cannot state', () => {
    const refined = index.schemas.filter((entry) => entry.refinedAt !== undefined);
    expect(refined.length).toBeGreaterThan(0);
    const unnamed = refined
      .map((entry) => entry.name)
      .filter((name) => !new RegExp(`\`${name}\``, 'u').test(guide));
    expect(unnamed, 'models to add to the guide’s list').toEqual([]);
  });
});
