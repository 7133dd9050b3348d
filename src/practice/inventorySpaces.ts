import { z } from 'zod';
import { IsoDate } from '../core/isoDate.js';
import { parseWith } from '../core/validation.js';
import { describeWindow, isInside, LookBackWindow, spanEndingOn } from './participation/window.js';
import type { ParticipationWindow } from './classifyParticipation.js';

const Label = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();

/**
 * A place where members of a community of practice meet or talk, public or private, with
 * the days it was used.
 *
 * Public spaces are open to the whole community (events, meetings, forums, newsletters);
 * private ones are between a few people (one-to-ones, buddy conversations, a small
 * working group). `form` is the app's own word for the space.
 *
 * @example
 * ```ts
 * CommunitySpace.parse({ id: 'forum', visibility: 'public', form: 'forum', uses: ['2026-03-02'] }).uses;
 * // => ['2026-03-02']
 * CommunitySpace.safeParse({ id: 'x', visibility: 'secret', form: 'chat', uses: [] }).success;
 * // => false
 * ```
 */
export const CommunitySpace = /* @__PURE__ */ (() =>
  z.object({
    /** The space's id, unique among the spaces. */
    id: Label,
    /** `public` (open to the whole community) or `private` (between a few people). */
    visibility: z.literal(['public', 'private']),
    /** What kind of space it is, in the app's words: `'event'`, `'forum'`, `'buddy'`, … */
    form: Label,
    /** The days it was used (a meeting held, a thread posted in, a buddy call); may repeat. */
    uses: z.array(IsoDate),
  }))();
/** A public or private space of a community of practice, with the days it was used. */
export type CommunitySpace = z.output<typeof CommunitySpace>;

/** Options of {@link inventorySpaces}. */
export interface InventorySpacesOptions {
  /** The last day of the window, as an ISO date; required, since the library reads no clock. */
  readonly asOf: string;
  /** How far back from `asOf` counts as recent (default `{ months: 3 }`). */
  readonly window?: ParticipationWindow;
}

/** One space in the inventory. */
export interface SpaceUse {
  /** The space's id. */
  readonly id: string;
  /** Public or private. */
  readonly visibility: 'public' | 'private';
  /** The app's word for the space. */
  readonly form: string;
  /** Uses in the window. */
  readonly recentUses: number;
  /** Uses on or before `asOf`, in all. */
  readonly totalUses: number;
  /** The last use on or before `asOf`, or `null` if never used. */
  readonly lastUsed: string | null;
  /** Whether it was used in the window. */
  readonly inUse: boolean;
}

/** `missing`: no space of the kind; `unused`: some, none used recently; `in-use`: at least one used recently. */
export type SpaceKindStatus = 'missing' | 'unused' | 'in-use';

/** The totals for public or for private spaces. */
export interface SpaceKindSummary {
  /** How many spaces of the kind there are. */
  readonly spaces: number;
  /** How many were used in the window. */
  readonly inUse: number;
  /** Their uses in the window. */
  readonly recentUses: number;
  /** The forms of space in use, sorted. */
  readonly forms: readonly string[];
  /** Whether the kind is missing, unused or in use. */
  readonly status: SpaceKindStatus;
}

/**
 * The verdict on public and private spaces: `both-in-use` when each kind has a space used
 * in the window; `public-only` or `private-only` when only one kind does; `neither` otherwise.
 */
export type SpacesVerdict = 'both-in-use' | 'public-only' | 'private-only' | 'neither';

/** What {@link inventorySpaces} returns. */
export interface SpacesInventory {
  /** The window: first and last dates. */
  readonly window: {
    /** The window in words, such as `3 months`. */
    readonly length: string;
    /** The first date inside. */
    readonly from: string;
    /** The last date inside (`asOf`). */
    readonly to: string;
  };
  /** Every space, public first, then by id. */
  readonly spaces: readonly SpaceUse[];
  /** Totals for public spaces. */
  readonly public: SpaceKindSummary;
  /** Totals for private spaces. */
  readonly private: SpaceKindSummary;
  /** Uses dated after `asOf`, which are not counted. */
  readonly laterUses: number;
  /** The verdict. */
  readonly verdict: SpacesVerdict;
  /** The verdict's reasons in plain words. */
  readonly reasons: readonly string[];
}

const Input = /* @__PURE__ */ (() =>
  z
    .strictObject({
      spaces: z.array(CommunitySpace),
      options: z.strictObject({
        asOf: IsoDate,
        window: LookBackWindow.default({ months: 3 }),
      }),
    })
    .superRefine((input, context) => {
      const seen = new Map<string, number>();
      input.spaces.forEach((space, index) => {
        const earlier = seen.get(space.id);
        if (earlier === undefined) seen.set(space.id, index);
        else
          context.addIssue({
            code: 'custom',
            path: ['spaces', index, 'id'],
            message: `repeats the id ${JSON.stringify(space.id)} of space ${String(earlier)}; every space needs a different id`,
          });
      });
    }))();

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Lists a community's public and private spaces with how much each was used recently, and
 * checks that both kinds exist and are in use.
 *
 * Communities of practice need both: public events and forums where members see the
 * community as a whole and newcomers can watch, and private spaces (one-to-ones, buddy
 * conversations) where trust is built and the harder questions get asked. Each feeds the
 * other (E. Wenger, R. McDermott & W. M. Snyder, *Cultivating Communities of Practice*,
 * 2002, ch. 3: "develop both public and private community spaces"). A space that exists
 * on paper but was not used in the window does not count. Cost: O(u + s log s) for u uses
 * and s spaces.
 *
 * @param spaces - the spaces with the days they were used; their order does not matter.
 * @param options - `asOf` (required) and the `window` that counts as recent (default three months).
 * @returns each space's use, totals for public and private spaces, a verdict and reasons.
 * @throws {@link InvalidInputError} (`invalid_input`) for dates that are not ISO dates, a
 *   visibility other than `public` or `private`, repeated ids, or an empty or negative
 *   window; each problem with its path.
 *
 * @example
 * ```ts
 * const inventory = inventorySpaces(
 *   [
 *     { id: 'quarterly-event', visibility: 'public', form: 'event', uses: ['2026-01-20', '2026-04-21'] },
 *     { id: 'online-forum', visibility: 'public', form: 'forum', uses: ['2025-10-02'] },
 *     { id: 'buddy-calls', visibility: 'private', form: 'buddy', uses: ['2026-03-03', '2026-04-07'] },
 *   ],
 *   { asOf: '2026-04-30', window: { months: 3 } },
 * );
 * inventory.spaces.map((s) => `${s.id}: ${String(s.recentUses)}`);
 * // => ['online-forum: 0', 'quarterly-event: 1', 'buddy-calls: 2']
 * [inventory.public.status, inventory.private.status, inventory.verdict];
 * // => ['in-use', 'in-use', 'both-in-use']
 * ```
 */
export function inventorySpaces(
  spaces: readonly CommunitySpace[],
  options: InventorySpacesOptions,
): SpacesInventory {
  const fn = 'inventorySpaces';
  const checked = parseWith(Input, { spaces, options }, { fn });
  const { asOf, window } = checked.options;
  const span = spanEndingOn(asOf, window, fn);
  let laterUses = 0;
  const uses = checked.spaces
    .map((space): SpaceUse => {
      const past = space.uses.filter((date) => date <= asOf);
      laterUses += space.uses.length - past.length;
      const recentUses = past.filter((date) => isInside(date, span)).length;
      const lastUsed = past.reduce<string | null>(
        (latest, date) => (latest === null || date > latest ? date : latest),
        null,
      );
      return {
        id: space.id,
        visibility: space.visibility,
        form: space.form,
        recentUses,
        totalUses: past.length,
        lastUsed,
        inUse: recentUses > 0,
      };
    })
    .sort((a, b) => byText(b.visibility, a.visibility) || byText(a.id, b.id));
  const summarise = (visibility: 'public' | 'private'): SpaceKindSummary => {
    const mine = uses.filter((space) => space.visibility === visibility);
    const used = mine.filter((space) => space.inUse);
    return {
      spaces: mine.length,
      inUse: used.length,
      recentUses: used.reduce((sum, space) => sum + space.recentUses, 0),
      forms: [...new Set(used.map((space) => space.form))].sort(byText),
      status: mine.length === 0 ? 'missing' : used.length === 0 ? 'unused' : 'in-use',
    };
  };
  const publicSpaces = summarise('public');
  const privateSpaces = summarise('private');
  const length = describeWindow(window);
  const reasons = (
    [
      ['public', publicSpaces],
      ['private', privateSpaces],
    ] as const
  ).map(([kind, summary]) =>
    summary.status === 'missing'
      ? `there is no ${kind} space; ${kind === 'public' ? 'hold an open event or start a forum' : 'set up one-to-ones or buddy conversations'}`
      : summary.status === 'unused'
        ? `${String(summary.spaces)} ${kind} space${summary.spaces === 1 ? '' : 's'}, none used in the ${length} to ${asOf}`
        : `${String(summary.inUse)} of ${String(summary.spaces)} ${kind} space${summary.spaces === 1 ? '' : 's'} used ${String(summary.recentUses)} time${summary.recentUses === 1 ? '' : 's'} in the ${length} to ${asOf} (${summary.forms.join(', ')})`,
  );
  const publicOk = publicSpaces.status === 'in-use';
  const privateOk = privateSpaces.status === 'in-use';
  return {
    window: { length, from: span.from, to: span.to },
    spaces: uses,
    public: publicSpaces,
    private: privateSpaces,
    laterUses,
    verdict:
      publicOk && privateOk
        ? 'both-in-use'
        : publicOk
          ? 'public-only'
          : privateOk
            ? 'private-only'
            : 'neither',
    reasons,
  };
}
