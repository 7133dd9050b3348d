import { z } from 'zod';
import { IsoDate } from '../../core/isoDate.js';
import { parseWith } from '../../core/validation.js';
import { ValueIndicator, ValueStories } from '../valueStory.js';

/** The options of analyseValueCreation, defaults filled in. */
export const Options = /* @__PURE__ */ (() =>
  z
    .strictObject({
      from: IsoDate.optional(),
      to: IsoDate.optional(),
      target: z.literal(['realised', 'transformative']).default('realised'),
    })
    .superRefine((options, context) => {
      // YYYY-MM-DD dates order as text.
      if (options.from !== undefined && options.to !== undefined && options.from > options.to)
        context.addIssue({
          code: 'custom',
          path: ['to'],
          message: `is before from (${options.from}); put the later date in to`,
        });
    }))();

const Arguments = /* @__PURE__ */ (() =>
  z.strictObject({
    stories: ValueStories,
    indicators: z.array(ValueIndicator),
    options: Options,
  }))();

/** The validated arguments of analyseValueCreation. */
export type ValueArguments = z.output<typeof Arguments>;

/**
 * Validates the arguments of analyseValueCreation, with paths such as `stories[2].date`.
 *
 * @param args - the raw arguments.
 * @returns the parsed copies (the inputs are never touched again).
 */
export function parseValueArguments(args: {
  readonly stories: unknown;
  readonly indicators: unknown;
  readonly options: unknown;
}): ValueArguments {
  return parseWith(Arguments, args, { fn: 'analyseValueCreation' });
}
