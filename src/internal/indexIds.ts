/** Where a validation issue sits and what it says, as a zod refinement reports it. */
export type ReportIssue = (path: (string | number)[], message: string) => void;

/**
 * Maps each id to the position of its first holder, reporting every later holder of the
 * same id at `[...at, i, 'id']`. Shared by the refinements of the pairing functions, which
 * then look people up by id to check rules that name them.
 *
 * @param people - the list whose ids must differ.
 * @param at - the path of the list in the input (`['participants']`).
 * @param issue - reports a problem at a path.
 * @returns id → position of its first holder.
 */
export function indexIds(
  people: readonly { readonly id: string }[],
  at: readonly (string | number)[],
  issue: ReportIssue,
): Map<string, number> {
  const ids = new Map<string, number>();
  people.forEach((person, i) => {
    const earlier = ids.get(person.id);
    if (earlier === undefined) ids.set(person.id, i);
    else
      issue(
        [...at, i, 'id'],
        `repeats the id ${JSON.stringify(person.id)} of participant ${String(earlier)}; every participant needs a different id`,
      );
  });
  return ids;
}
