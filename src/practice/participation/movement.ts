import { LEVELS, rankOf, type ParticipationLevel } from './levels.js';

/** A member who changed level between the previous window and this one. */
export interface LevelMove {
  /** The member's id. */
  readonly member: string;
  /** The level in the previous window. */
  readonly from: ParticipationLevel;
  /** The level in this window. */
  readonly to: ParticipationLevel;
}

/** Movement between levels from the previous window to this one. */
export interface ParticipationMovement {
  /**
   * The transition matrix: `matrix[from][to]` counts the members who were at level `from`
   * in the previous window and are at level `to` in this one. Every member is counted once.
   */
  readonly matrix: Readonly<
    Record<ParticipationLevel, Readonly<Record<ParticipationLevel, number>>>
  >;
  /** Members who moved towards the centre (outside → peripheral, active → core, …), by id. */
  readonly movedUp: readonly LevelMove[];
  /** Members who moved away from the centre, by id. */
  readonly movedDown: readonly LevelMove[];
  /** How many members stayed at the same level. */
  readonly stayed: number;
}

/**
 * Builds the transition matrix and the lists of who moved, from members sorted by id.
 *
 * @param members - each member's id and level in both windows, sorted by id.
 * @returns the movement.
 */
export function describeMovement(
  members: readonly {
    readonly member: string;
    readonly level: ParticipationLevel;
    readonly previous: { readonly level: ParticipationLevel };
  }[],
): ParticipationMovement {
  const row = (): Record<ParticipationLevel, number> =>
    Object.fromEntries(LEVELS.map((level) => [level, 0])) as Record<ParticipationLevel, number>;
  const matrix = Object.fromEntries(LEVELS.map((level) => [level, row()])) as Record<
    ParticipationLevel,
    Record<ParticipationLevel, number>
  >;
  const movedUp: LevelMove[] = [];
  const movedDown: LevelMove[] = [];
  let stayed = 0;
  for (const { member, level, previous } of members) {
    matrix[previous.level][level] += 1;
    const change = rankOf(previous.level) - rankOf(level);
    if (change > 0) movedUp.push({ member, from: previous.level, to: level });
    else if (change < 0) movedDown.push({ member, from: previous.level, to: level });
    else stayed += 1;
  }
  return { matrix, movedUp, movedDown, stayed };
}
