import { z } from 'zod';
import { IsoDate } from './isoDate.js';
import { parseWith, safeParseWith, type SafeParseResult } from './validation.js';

const Label = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();

/**
 * A member of a peer-learning programme, as every module of peerlearn sees them.
 *
 * A member belongs to an organisation and usually to an area (a local authority, a
 * region, a team): pairing prefers partners from another area, and reports group by
 * both. Roles are the app's own words (`'facilitator'`, `'mentor'`, `'peer supporter'`);
 * tags carry interests and topics. Unknown fields are refused, so a misspelt field name
 * is reported rather than silently dropped; extend the schema to add fields of your own.
 *
 * @example
 * ```ts
 * const member: Member = Member.parse({
 *   id: 'm-014',
 *   displayName: 'Priya',
 *   organisation: 'Riverside Community Trust',
 *   area: 'North',
 *   roles: ['facilitator'],
 *   joined: '2025-09-01',
 * });
 * member.tags;
 * // => []
 * ```
 */
export const Member = /* @__PURE__ */ (() =>
  z.strictObject({
    /** A stable identifier, unique within the programme. */
    id: Label,
    /** The name shown to other members. */
    displayName: Label,
    /** The organisation the member comes from, if any. */
    organisation: Label.optional(),
    /** The member's area (locality, region or team), used to mix people across areas. */
    area: Label.optional(),
    /** The member's roles in the programme, in the app's own words. */
    roles: z.array(Label).default([]),
    /** The date the member joined the programme. */
    joined: IsoDate.optional(),
    /** Interests, topics or other labels. */
    tags: z.array(Label).default([]),
  }))();
/** A member of a peer-learning programme (the parsed form: `roles` and `tags` always present). */
export type Member = z.output<typeof Member>;
/** A member as an app may write one: `roles` and `tags` may be left out. */
export type MemberInput = z.input<typeof Member>;

/**
 * A list of members whose ids are all different.
 *
 * @example
 * ```ts
 * Members.safeParse([
 *   { id: 'a', displayName: 'Ama' },
 *   { id: 'a', displayName: 'Abi' },
 * ]).success;
 * // => false
 * ```
 */
export const Members = /* @__PURE__ */ (() =>
  z.array(Member).superRefine((members, context) => {
    const firstIndex = new Map<string, number>();
    members.forEach((member, index) => {
      const earlier = firstIndex.get(member.id);
      if (earlier === undefined) {
        firstIndex.set(member.id, index);
      } else {
        context.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `repeats the id ${JSON.stringify(member.id)} of member ${String(earlier)}; every member needs a different id`,
        });
      }
    });
  }))();
/** A list of members whose ids are all different. */
export type Members = z.output<typeof Members>;

/**
 * Validates one untrusted member record, filling in empty `roles` and `tags`.
 *
 * Cost: O(size of the record).
 *
 * @param input - the record, such as a row from an import.
 * @returns the member.
 * @throws {@link InvalidInputError} (`invalid_input`) listing every problem with its path.
 *
 * @example
 * ```ts
 * parseMember({ id: 'm-1', displayName: 'Sam', area: 'East' }).roles;
 * // => []
 * ```
 */
export function parseMember(input: unknown): Member {
  return parseWith(Member, input, { fn: 'parseMember', root: 'member' });
}

/**
 * Validates one untrusted member record without throwing. Cost: O(size of the record).
 *
 * @param input - the record.
 * @returns `{ success: true, data }` or `{ success: false, error }` with every problem.
 *
 * @example
 * ```ts
 * const result = safeParseMember({ id: 'm-1' });
 * result.success ? 'ok' : result.error.issues.map((issue) => issue.pathText);
 * // => ['member.displayName']
 * ```
 */
export function safeParseMember(input: unknown): SafeParseResult<Member> {
  return safeParseWith(Member, input, { fn: 'safeParseMember', root: 'member' });
}

/**
 * Validates an untrusted list of members: each record, and that no id repeats.
 *
 * Cost: O(size of the list).
 *
 * @param input - the list.
 * @returns the members, in the same order.
 * @throws {@link InvalidInputError} (`invalid_input`) listing every problem with its path.
 *
 * @example
 * ```ts
 * parseMembers([{ id: 'a', displayName: 'Ama' }, { id: 'b', displayName: 'Ben' }]).length;
 * // => 2
 * ```
 */
export function parseMembers(input: unknown): Members {
  return parseWith(Members, input, { fn: 'parseMembers', root: 'members' });
}

/**
 * Validates an untrusted list of members without throwing. Cost: O(size of the list).
 *
 * @param input - the list.
 * @returns `{ success: true, data }` or `{ success: false, error }` with every problem.
 *
 * @example
 * ```ts
 * const result = safeParseMembers([{ id: 'a', displayName: 'Ama' }, { id: 'a', displayName: 'Abi' }]);
 * result.success ? [] : result.error.issues.map((issue) => issue.pathText);
 * // => ['members[1].id']
 * ```
 */
export function safeParseMembers(input: unknown): SafeParseResult<Members> {
  return safeParseWith(Members, input, { fn: 'safeParseMembers', root: 'members' });
}
