import type { SeededRandom } from '../../core/random.js';
import type { GroupModel } from './groupModel.js';
import { GroupState } from './groupState.js';

/** What the local search did, for the result's report. */
export interface LocalSearchStats {
  /** Annealing steps tried (moves and swaps drawn), over all restarts. */
  readonly steps: number;
  /** Steps accepted. */
  readonly accepted: number;
  /** Swaps and moves the tabu phase weighed (it runs only when repeats can occur). */
  readonly tabuEvaluations: number;
  /** Independent restarts (each from its own greedy start). */
  readonly restarts: number;
  /** Improving moves and swaps made by the final descents. */
  readonly descentImprovements: number;
  /** Whether the final descent checked every move and swap and none improved the result. */
  readonly localOptimum: boolean;
}

/** The best grouping found, as `GroupState.group` (session-major), with its penalty. */
export interface LocalSearchResult {
  readonly assignment: Int32Array;
  readonly violations: number;
  readonly soft: number;
  readonly stats: LocalSearchStats;
}

/** Why a start could not be built: the must-together blocks do not fit the sizes. */
export interface PackingFailure {
  readonly packingFailed: true;
  /** Whether every way of packing the blocks was tried. */
  readonly proven: boolean;
}

/** Above sessions × units² of this, the final descent is skipped (a pass costs O(units²) a session). */
const DESCENT_LIMIT = 8_000_000;
const EPSILON = 1e-9;
/** Draws of a person per annealing step, looking for one whose group costs them something. */
const PICKS = 3;
/**
 * The annealing's temperature starts at this multiple of the mean increase of a sample of
 * steps, and ends at END_HEAT times it. (Tuned on random inputs of 4–12 people against the
 * exact search, and on 500 people with areas, experience levels, topics and facilitators.)
 */
const START_HEAT = 0.5;
const END_HEAT = 0.001;
/** Tabu search: people with repeats looked at per session and iteration… */
const CONFLICTS = 32;
/** …iterations a person may not return to the group they left: TENURE_MIN + 0…TENURE_SPREAD − 1… */
const TENURE_MIN = 2;
const TENURE_SPREAD = 6;
/** …iterations without a new best before restarting from the best, with KICK random swaps. */
const STALL = 500;
const KICK = 3;

/**
 * Annealing steps for a run: about 2,000 a person per session, at least 20,000, times
 * `effort`.
 */
export function stepBudget(model: GroupModel, effort: number): number {
  return Math.round(effort * model.sessions * Math.max(20_000, 2_000 * model.n));
}

/** Independent restarts: more for small inputs, where each run is cheap. */
export function restartCount(n: number): number {
  return n <= 12 ? 6 : n <= 60 ? 3 : 1;
}

/**
 * Seeded local search: for each restart, a greedy start (units placed one by one where
 * they add least to the penalty), then simulated annealing over two moves (move one
 * person, or a must-together block, to another group; swap two people or blocks between
 * groups); when repeats can occur, a conflict-directed tabu search on the people who meet
 * someone again; then a descent that applies improving moves and swaps until none is
 * left. The best run wins. Cost: O(steps · size) for the annealing and the tabu search,
 * O(units² · size) a pass for the descent.
 */
export function localSearch(
  model: GroupModel,
  random: SeededRandom,
  effort: number,
): LocalSearchResult | PackingFailure {
  const runs = restartCount(model.n);
  const total = stepBudget(model, effort);
  let best = { assignment: new Int32Array(0), violations: Number.POSITIVE_INFINITY, soft: 0 };
  let steps = 0;
  let accepted = 0;
  let tabuEvaluations = 0;
  let improvements = 0;
  let localOptimum = true;
  for (let run = 0; run < runs; run += 1) {
    const state = new GroupState(model);
    const start = construct(state, random);
    if (start !== true) return start;
    const share = Math.floor(total / runs);
    const annealed = anneal(state, random, share);
    steps += annealed.steps;
    accepted += annealed.accepted;
    if (model.trackRepeats) tabuEvaluations += tabu(state, random, share).evaluations;
    const descent = descend(state);
    improvements += descent.improvements;
    state.refresh();
    const violations = state.violations();
    const soft = state.soft();
    if (
      violations < best.violations ||
      (violations === best.violations && soft < best.soft - EPSILON)
    ) {
      best = { assignment: state.group.slice(), violations, soft };
      localOptimum = descent.complete;
    }
  }
  return {
    ...best,
    stats: {
      steps,
      accepted,
      tabuEvaluations,
      restarts: runs,
      descentImprovements: improvements,
      localOptimum,
    },
  };
}

/** The people of a unit (a must-together block, or one person). */
function unitOf(model: GroupModel, person: number): Int32Array {
  return model.blocks[model.block[person] as number] as Int32Array;
}

function moveUnit(state: GroupState, s: number, unit: Int32Array, to: number): void {
  for (let k = 0; k < unit.length; k += 1) state.remove(s, unit[k] as number);
  for (let k = 0; k < unit.length; k += 1) state.add(s, unit[k] as number, to);
}

function swapUnits(state: GroupState, s: number, a: Int32Array, b: Int32Array): void {
  const { n } = state.model;
  const ga = state.group[s * n + (a[0] as number)] as number;
  const gb = state.group[s * n + (b[0] as number)] as number;
  for (let k = 0; k < a.length; k += 1) state.remove(s, a[k] as number);
  for (let k = 0; k < b.length; k += 1) state.remove(s, b[k] as number);
  for (let k = 0; k < a.length; k += 1) state.add(s, a[k] as number, gb);
  for (let k = 0; k < b.length; k += 1) state.add(s, b[k] as number, ga);
}

/** Whether moving `unit` from group `from` to `to` keeps both sizes within bounds. */
function canMove(state: GroupState, s: number, from: number, to: number, size: number): boolean {
  const { groups, lo, hi } = state.model;
  return (
    (state.size[s * groups + from] as number) - size >= lo &&
    (state.size[s * groups + to] as number) + size <= hi
  );
}

/** Whether swapping units of sizes `a` (in ga) and `b` (in gb) keeps both sizes within bounds. */
function canSwap(
  state: GroupState,
  s: number,
  ga: number,
  gb: number,
  a: number,
  b: number,
): boolean {
  if (a === b) return true;
  const { groups, lo, hi } = state.model;
  const sa = (state.size[s * groups + ga] as number) - a + b;
  const sb = (state.size[s * groups + gb] as number) - b + a;
  return sa >= lo && sa <= hi && sb >= lo && sb <= hi;
}

/**
 * The greedy start, session by session: blocks largest first, facilitators before others,
 * otherwise in a seeded random order; each unit goes to the group where it adds least to
 * the penalty, among those with room that still let every group reach the smallest size.
 * If a block finds no room, the blocks are packed by a small exhaustive search instead.
 */
function construct(state: GroupState, random: SeededRandom): true | PackingFailure {
  const { model } = state;
  for (let s = 0; s < model.sessions; s += 1) {
    const order = unitOrder(model, random);
    let placed = placeGreedily(state, s, order, null);
    if (!placed) {
      const packing = packBlocks(model);
      if (packing.groupOf === null) return { packingFailed: true, proven: packing.proven };
      // Clear the session and start again from the packing.
      for (let p = 0; p < model.n; p += 1)
        if ((state.group[s * model.n + p] as number) !== -1) state.remove(s, p);
      placed = placeGreedily(state, s, order, packing.groupOf);
      if (!placed) return { packingFailed: true, proven: false };
    }
  }
  return true;
}

function unitOrder(model: GroupModel, random: SeededRandom): Int32Array[] {
  const units = [...model.blocks];
  for (let i = units.length - 1; i > 0; i -= 1) {
    const j = random.int(i + 1);
    const held = units[i] as Int32Array;
    units[i] = units[j] as Int32Array;
    units[j] = held;
  }
  const leads = (unit: Int32Array): number =>
    unit.some((person) => model.facilitator[person] === 1) ? 1 : 0;
  // Array.prototype.sort is stable, so the shuffled order breaks ties.
  return units.sort((a, b) => b.length - a.length || leads(b) - leads(a));
}

/**
 * Places the units of session s one by one. With `fixed`, blocks go where the packing put
 * them. Returns false when some unit has no room.
 */
function placeGreedily(
  state: GroupState,
  s: number,
  order: readonly Int32Array[],
  fixed: Int32Array | null,
): boolean {
  const { model } = state;
  const { groups, lo, hi, block } = model;
  let remaining = model.n;
  for (const unit of order) {
    const size = unit.length;
    remaining -= size;
    const first = unit[0] as number;
    const forced = fixed === null ? -1 : (fixed[block[first] as number] as number);
    let chosen = -1;
    let chosenValue = Number.POSITIVE_INFINITY;
    for (let g = 0; g < groups; g += 1) {
      if (forced !== -1 && g !== forced) continue;
      const current = state.size[s * groups + g] as number;
      if (current + size > hi) continue;
      // After placing, the groups still short of `lo` must be fillable by those left.
      let deficit = 0;
      for (let h = 0; h < groups; h += 1) {
        const at = (state.size[s * groups + h] as number) + (h === g ? size : 0);
        if (at < lo) deficit += lo - at;
      }
      if (deficit > remaining) continue;
      const before = state.value();
      for (const person of unit) state.add(s, person, g);
      const value = state.value() - before;
      for (const person of unit) state.remove(s, person);
      if (value < chosenValue - EPSILON) {
        chosen = g;
        chosenValue = value;
      }
    }
    if (chosen === -1) return false;
    for (const person of unit) state.add(s, person, chosen);
  }
  return true;
}

/**
 * Packs the must-together blocks (two or more people) into the groups by size alone,
 * depth first with groups of equal load tried once; the people on their own then fill
 * the groups up. Gives up after 200,000 steps.
 */
function packBlocks(model: GroupModel): { groupOf: Int32Array | null; proven: boolean } {
  const { groups, lo, hi, blocks } = model;
  const big = blocks
    .map((unit, b) => ({ b, size: unit.length }))
    .filter((unit) => unit.size > 1)
    .sort((x, y) => y.size - x.size || x.b - y.b);
  const singles = blocks.length - big.length;
  const load = new Int32Array(groups);
  const groupOf = new Int32Array(blocks.length).fill(-1);
  let steps = 0;
  const fits = (): boolean => {
    let deficit = 0;
    for (const at of load) if (at < lo) deficit += lo - at;
    return deficit <= singles;
  };
  const search = (k: number): boolean | null => {
    const unit = big[k];
    if (unit === undefined) return fits();
    const tried = new Set<number>();
    for (let g = 0; g < groups; g += 1) {
      const at = load[g] as number;
      if (at + unit.size > hi || tried.has(at)) continue;
      tried.add(at);
      steps += 1;
      if (steps > 200_000) return null;
      load[g] = at + unit.size;
      groupOf[unit.b] = g;
      const found = search(k + 1);
      if (found !== false) return found;
      load[g] = at;
      groupOf[unit.b] = -1;
    }
    return false;
  };
  const found = search(0);
  return { groupOf: found === true ? groupOf : null, proven: found === false };
}

/**
 * Simulated annealing: each step draws a session, a person and either a move (to a random
 * other group) or a swap (with a random person in another group), and accepts it if it
 * lowers the penalty, or with probability exp(−increase / temperature). The temperature
 * falls geometrically from the mean increase of a sample of steps to a thousandth of it.
 * The state ends at the best grouping seen.
 */
function anneal(
  state: GroupState,
  random: SeededRandom,
  budget: number,
): { steps: number; accepted: number } {
  const { model } = state;
  const { n, sessions, groups, lo, hi, block } = model;
  if (groups < 2 || n < 2 || budget <= 0) return { steps: 0, accepted: 0 };
  const moveShare = lo < hi || model.blocks.some((unit) => unit.length > 1) ? 0.3 : 0;

  let current = state.value();
  let bestValue = current;
  let best = state.group.slice();

  // The step drawn last: a move of `unit` to `target`, or a swap with `other`; and whether
  // it is applied already (blocks are applied to be measured) or only measured (people alone).
  let session = 0;
  let unit = model.blocks[0] as Int32Array;
  let other: Int32Array | null = null;
  let from = 0;
  let target = 0;
  let applied = false;
  const undo = (): void => {
    if (!applied) return;
    if (other === null) moveUnit(state, session, unit, from);
    else swapUnits(state, session, unit, other);
  };
  const apply = (): void => {
    if (applied) return;
    if (other === null) moveUnit(state, session, unit, target);
    else swapUnits(state, session, unit, other);
  };
  // Draws one step and measures it; returns the increase, or NaN if the step is not allowed.
  const draw = (): number => {
    const s = sessions > 1 ? random.int(sessions) : 0;
    // Prefer someone whose group costs them something (a repeat, a same-area pair, …):
    // up to PICKS draws, keeping the first such person.
    let p = random.int(n);
    for (let k = 1; k < PICKS && state.pairCost(s, p) <= EPSILON; k += 1) p = random.int(n);
    const mine = unitOf(model, p);
    const at = state.group[s * n + p] as number;
    if (moveShare > 0 && random.next() < moveShare) {
      let to = random.int(groups - 1);
      if (to >= at) to += 1;
      if (!canMove(state, s, at, to, mine.length)) return Number.NaN;
      session = s;
      unit = mine;
      other = null;
      from = at;
      target = to;
      applied = mine.length > 1;
      if (!applied) return state.moveDelta(s, p, to);
      const before = state.value();
      moveUnit(state, s, mine, to);
      return state.value() - before;
    }
    const q = random.int(n);
    const to = state.group[s * n + q] as number;
    if (to === at || block[q] === block[p]) return Number.NaN;
    const theirs = unitOf(model, q);
    if (!canSwap(state, s, at, to, mine.length, theirs.length)) return Number.NaN;
    session = s;
    unit = mine;
    other = theirs;
    applied = mine.length > 1 || theirs.length > 1;
    if (!applied) return state.swapDelta(s, p, q);
    const before = state.value();
    swapUnits(state, s, mine, theirs);
    return state.value() - before;
  };

  // The starting temperature: the mean increase over a sample of steps, each undone.
  let rises = 0;
  let riseSum = 0;
  for (let k = 0; k < 200; k += 1) {
    const delta = draw();
    if (Number.isNaN(delta)) continue;
    undo();
    if (delta > EPSILON && delta < model.violationWeight / 2) {
      rises += 1;
      riseSum += delta;
    }
  }
  let temperature = START_HEAT * (rises === 0 ? 1 : riseSum / rises);
  const cooling = Math.pow(END_HEAT / START_HEAT, 1 / budget);

  let accepted = 0;
  for (let step = 0; step < budget; step += 1) {
    temperature *= cooling;
    const delta = draw();
    if (Number.isNaN(delta)) continue;
    if (delta <= 0 || random.next() < Math.exp(-delta / temperature)) {
      apply();
      accepted += 1;
      current += delta;
      if (current < bestValue - EPSILON) {
        bestValue = current;
        best = state.group.slice();
      }
    } else {
      undo();
    }
  }
  if (bestValue < current - EPSILON) {
    // Go back to the best grouping seen.
    for (let s = 0; s < sessions; s += 1) for (let p = 0; p < n; p += 1) state.remove(s, p);
    state.load(best);
  }
  return { steps: budget, accepted };
}

/**
 * Descent: in order, for each session and each unit, tries moving it to every other group
 * and swapping it with every unit in another group, keeping any change that lowers the
 * broken hard rules, or keeps them and lowers the soft penalty. Repeats until a whole pass
 * changes nothing (a local optimum for both moves), or skips when a pass would be too
 * costly.
 */
function descend(state: GroupState): { improvements: number; complete: boolean } {
  const { model } = state;
  const { n, sessions, groups, blocks } = model;
  if (groups < 2) return { improvements: 0, complete: true };
  if (sessions * blocks.length * blocks.length > DESCENT_LIMIT)
    return { improvements: 0, complete: false };
  let improvements = 0;
  for (let pass = 0; pass < 1000; pass += 1) {
    let changed = false;
    for (let s = 0; s < sessions; s += 1) {
      for (let u = 0; u < blocks.length; u += 1) {
        const unit = blocks[u] as Int32Array;
        const p = unit[0] as number;
        for (let g = 0; g < groups; g += 1) {
          const from = state.group[s * n + p] as number;
          if (g === from || !canMove(state, s, from, g, unit.length)) continue;
          if (unit.length === 1) {
            if (state.moveDelta(s, p, g) >= -EPSILON) continue;
            moveUnit(state, s, unit, g);
          } else {
            const before = state.value();
            moveUnit(state, s, unit, g);
            if (state.value() >= before - EPSILON) {
              moveUnit(state, s, unit, from);
              continue;
            }
          }
          improvements += 1;
          changed = true;
        }
        for (let v = u + 1; v < blocks.length; v += 1) {
          const other = blocks[v] as Int32Array;
          const q = other[0] as number;
          const from = state.group[s * n + p] as number;
          const to = state.group[s * n + q] as number;
          if (from === to || !canSwap(state, s, from, to, unit.length, other.length)) continue;
          if (unit.length === 1 && other.length === 1) {
            if (state.swapDelta(s, p, q) >= -EPSILON) continue;
            swapUnits(state, s, unit, other);
          } else {
            const before = state.value();
            swapUnits(state, s, unit, other);
            if (state.value() >= before - EPSILON) {
              swapUnits(state, s, unit, other);
              continue;
            }
          }
          improvements += 1;
          changed = true;
        }
      }
    }
    if (!changed) return { improvements, complete: true };
  }
  return { improvements, complete: false };
}

/**
 * Conflict-directed tabu search (after Dotú and Van Hentenryck, "Scheduling social golfers
 * locally", 2005), for repeat meetings, which annealing alone removes poorly: each
 * iteration looks, in every session, at up to CONFLICTS people who meet someone again and
 * makes the best swap of one of them with someone in another group (or move, where sizes
 * allow) that is not tabu, even if it makes things worse (ties broken at random). A person
 * may not return to the group they left for a few iterations, unless that gives a new
 * best. After STALL iterations without a new best it restarts from the best with a few
 * random swaps. Only people alone in their block take part. It stops when nobody meets
 * anyone again or the budget of weighed swaps is spent, and ends at the best grouping seen.
 */
function tabu(state: GroupState, random: SeededRandom, budget: number): { evaluations: number } {
  const { model } = state;
  const { n, sessions, groups, lo, hi, blocks, block } = model;
  if (groups < 2 || n < 2 || budget <= 0) return { evaluations: 0 };
  const single = Uint8Array.from({ length: n }, (_, p) =>
    (blocks[block[p] as number] as Int32Array).length === 1 ? 1 : 0,
  );
  // The group each person last left in each session, and until which iteration they may
  // not return to it.
  const leftGroup = new Int32Array(sessions * n).fill(-1);
  const bannedUntil = new Int32Array(sessions * n);
  const banned = (s: number, p: number, g: number, iteration: number): boolean =>
    leftGroup[s * n + p] === g && (bannedUntil[s * n + p] as number) > iteration;
  const ban = (s: number, p: number, g: number, iteration: number): void => {
    leftGroup[s * n + p] = g;
    bannedUntil[s * n + p] = iteration + TENURE_MIN + random.int(TENURE_SPREAD);
  };
  let current = state.value();
  let bestValue = current;
  let best = state.group.slice();
  let evaluations = 0;
  let sinceBest = 0;
  const candidates: number[] = [];
  for (let iteration = 1; evaluations < budget; iteration += 1) {
    let chosen = -1;
    let partner = -1;
    let target = -1;
    let session = 0;
    let chosenDelta = Number.POSITIVE_INFINITY;
    let ties = 0;
    let conflicts = 0;
    for (let s = 0; s < sessions; s += 1) {
      candidates.length = 0;
      const offset = random.int(n);
      for (let k = 0; k < n && candidates.length < CONFLICTS; k += 1) {
        const p = (offset + k) % n;
        if (single[p] === 1 && state.repeatsOf(s, p) > 0) candidates.push(p);
      }
      evaluations += n;
      conflicts += candidates.length;
      for (const p of candidates) {
        const from = state.group[s * n + p] as number;
        for (let q = 0; q < n; q += 1) {
          const to = state.group[s * n + q] as number;
          if (to === from || single[q] === 0) continue;
          evaluations += 1;
          const delta = state.swapDelta(s, p, q);
          const isBanned = banned(s, p, to, iteration) || banned(s, q, from, iteration);
          if (isBanned && current + delta >= bestValue - EPSILON) continue;
          if (delta < chosenDelta - EPSILON) {
            ties = 1;
          } else if (delta <= chosenDelta + EPSILON) {
            ties += 1;
            if (random.int(ties) !== 0) continue;
          } else continue;
          chosen = p;
          partner = q;
          session = s;
          chosenDelta = Math.min(chosenDelta, delta);
        }
        if (lo < hi) {
          for (let to = 0; to < groups; to += 1) {
            if (to === from || !canMove(state, s, from, to, 1)) continue;
            evaluations += 1;
            const delta = state.moveDelta(s, p, to);
            const isBanned = banned(s, p, to, iteration);
            if (isBanned && current + delta >= bestValue - EPSILON) continue;
            if (delta < chosenDelta - EPSILON) {
              chosen = p;
              partner = -1;
              target = to;
              session = s;
              chosenDelta = delta;
              ties = 1;
            }
          }
        }
      }
    }
    if (conflicts === 0) break;
    const s = session;
    if (chosen === -1) continue;
    const from = state.group[s * n + chosen] as number;
    if (partner === -1) {
      moveUnit(state, s, blocks[block[chosen] as number] as Int32Array, target);
      ban(s, chosen, from, iteration);
    } else {
      const to = state.group[s * n + partner] as number;
      swapUnits(
        state,
        s,
        blocks[block[chosen] as number] as Int32Array,
        blocks[block[partner] as number] as Int32Array,
      );
      ban(s, chosen, from, iteration);
      ban(s, partner, to, iteration);
    }
    current += chosenDelta;
    if (current < bestValue - EPSILON) {
      bestValue = current;
      best = state.group.slice();
      sinceBest = 0;
    } else if ((sinceBest += 1) > STALL) {
      // Restart from the best with a few random swaps.
      for (let s2 = 0; s2 < sessions; s2 += 1) for (let p = 0; p < n; p += 1) state.remove(s2, p);
      state.load(best);
      for (let k = 0; k < KICK; k += 1) {
        const s2 = sessions > 1 ? random.int(sessions) : 0;
        const p = random.int(n);
        const q = random.int(n);
        if (single[p] === 0 || single[q] === 0) continue;
        const gp = state.group[s2 * n + p] as number;
        if (gp === (state.group[s2 * n + q] as number)) continue;
        swapUnits(
          state,
          s2,
          blocks[block[p] as number] as Int32Array,
          blocks[block[q] as number] as Int32Array,
        );
      }
      current = state.value();
      sinceBest = 0;
    }
  }
  if (bestValue < current - EPSILON) {
    for (let s = 0; s < sessions; s += 1) for (let p = 0; p < n; p += 1) state.remove(s, p);
    state.load(best);
  }
  return { evaluations };
}
