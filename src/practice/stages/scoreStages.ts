import type { CommunityStage, CommunityStageId } from '../communityStages.js';

/** How the ticked checklist bears on one stage. */
export interface StageEvidence {
  /** The stage. */
  readonly stage: CommunityStageId;
  /** Ids of the stage's signs marked as observed, in catalogue order. */
  readonly matched: readonly string[];
  /** Ids of the stage's signs marked as not observed (`false` in a record), in catalogue order. */
  readonly notObserved: readonly string[];
  /** Ids of the stage's signs not mentioned at all, in catalogue order. */
  readonly unassessed: readonly string[];
  /** The share of the stage's signs observed, matched / all its signs, from 0 to 1. */
  readonly score: number;
}

/**
 * Scores each stage as the share of its signs that were observed.
 *
 * @param stages - the catalogue.
 * @param observed - sign ids marked observed.
 * @param absent - sign ids marked not observed.
 * @returns the evidence per stage, in catalogue order.
 */
export function scoreStages(
  stages: readonly CommunityStage[],
  observed: ReadonlySet<string>,
  absent: ReadonlySet<string>,
): StageEvidence[] {
  return stages.map((stage) => {
    const ids = stage.signs.map((sign) => sign.id);
    const matched = ids.filter((id) => observed.has(id));
    return {
      stage: stage.id,
      matched,
      notObserved: ids.filter((id) => absent.has(id)),
      unassessed: ids.filter((id) => !observed.has(id) && !absent.has(id)),
      score: ids.length === 0 ? 0 : matched.length / ids.length,
    };
  });
}
