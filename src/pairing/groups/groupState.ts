import type { GroupModel, PairCounts } from './groupModel.js';

/**
 * The raw (unweighted) parts of a grouping's penalty, kept up to date as people are added
 * to and removed from groups.
 */
export interface RawParts {
  /** Same-area pairs sharing a group. */
  areas: number;
  /** The sum over groups of (sum of members' experience minus the mean)². */
  experience: number;
  /** The sum over pairs sharing a group of their topic cost. */
  topics: number;
  /** Repeat meetings: pairs sharing a group who met before (in the history or another session). */
  repeats: number;
  /** Pairs of facilitators sharing a group. */
  facilitators: number;
  /** Never-together pairs sharing a group (a broken hard rule each). */
  never: number;
  /** Groups without a facilitator when the rule asks for one (a broken hard rule each). */
  missing: number;
}

/**
 * A grouping being searched: every session's groups as member lists, with the penalty's
 * parts kept incrementally. Adding or removing a person costs O(size of the group).
 *
 * Group `g` of session `s` is slot `s · groups + g`; a person's place in session `s` is
 * index `s · n + person`.
 */
export class GroupState {
  readonly model: GroupModel;
  /** Group of each person in each session; −1 while unplaced. */
  readonly group: Int32Array;
  /** Members of each slot, `hi` cells a slot; `size` of them are used. */
  readonly members: Int32Array;
  readonly size: Int32Array;
  /** Where each person sits in their slot's member list. */
  readonly position: Int32Array;
  /** Each slot's sum of experience deviations, and its facilitators. */
  readonly experienceSum: Float64Array;
  readonly facilitators: Int32Array;
  /** How often each pair has met: history plus the sessions as they stand. */
  readonly meetings: PairCounts;
  readonly raw: RawParts;

  constructor(model: GroupModel) {
    const { n, sessions, groups, hi } = model;
    this.model = model;
    this.group = new Int32Array(sessions * n).fill(-1);
    this.members = new Int32Array(sessions * groups * Math.max(1, hi));
    this.size = new Int32Array(sessions * groups);
    this.position = new Int32Array(sessions * n);
    this.experienceSum = new Float64Array(sessions * groups);
    this.facilitators = new Int32Array(sessions * groups);
    this.meetings = model.history.copy();
    this.raw = {
      areas: 0,
      experience: 0,
      topics: 0,
      repeats: 0,
      facilitators: 0,
      never: 0,
      missing: model.facilitatorRule ? sessions * groups : 0,
    };
  }

  /** Broken hard rules. */
  violations(): number {
    return this.raw.never + this.raw.missing;
  }

  /** The weighted soft penalty. */
  soft(): number {
    const { weights } = this.model;
    const { raw } = this;
    return (
      weights.areas * raw.areas +
      weights.experience * raw.experience +
      weights.topics * raw.topics +
      weights.repeats * raw.repeats +
      weights.facilitators * raw.facilitators
    );
  }

  /** The penalty the local search minimises: broken hard rules first, by a large weight. */
  value(): number {
    return this.model.violationWeight * this.violations() + this.soft();
  }

  /**
   * The soft parts that only grow as people are added (all but experience), weighted: a
   * lower bound on the finished grouping's soft penalty, for the exact search.
   */
  growingSoft(): number {
    const { weights } = this.model;
    const { raw } = this;
    return (
      weights.areas * raw.areas +
      weights.topics * raw.topics +
      weights.repeats * raw.repeats +
      weights.facilitators * raw.facilitators
    );
  }

  /** Adds a person to group g of session s. */
  add(s: number, person: number, g: number): void {
    const { model, raw } = this;
    const { n, groups, hi, area, topicCost, trackRepeats, never } = model;
    const slot = s * groups + g;
    const count = this.size[slot] as number;
    const offset = slot * hi;
    const mine = area[person] as number;
    const avoid = never[person] ?? null;
    const meetings = this.meetings;
    const cells = trackRepeats ? meetings.cells : null;
    const table = model.topicTable;
    const row = person * n;
    const { block } = model;
    const myBlock = block[person] as number;
    let sameArea = 0;
    let repeats = 0;
    let topics = 0;
    let broken = 0;
    for (let k = 0; k < count; k += 1) {
      const other = this.members[offset + k] as number;
      if (mine !== -1 && area[other] === mine) sameArea += 1;
      if (!trackRepeats || block[other] === myBlock) {
        // No repeats to count, or a must-together pair, who meet by design.
      } else if (cells !== null) {
        const met = cells[row + other] as number;
        if (met > 0) repeats += 1;
        cells[row + other] = met + 1;
        cells[other * n + person] = met + 1;
      } else {
        if (meetings.get(person, other) > 0) repeats += 1;
        meetings.add(person, other, 1);
      }
      if (table !== null) topics += table[row + other] as number;
      else if (topicCost !== null) topics += topicCost(person, other);
      if (avoid?.has(other) === true) broken += 1;
    }
    this.members[offset + count] = person;
    this.position[s * n + person] = count;
    this.size[slot] = count + 1;
    this.group[s * n + person] = g;
    const before = this.experienceSum[slot] as number;
    const after = before + (model.deviation[person] as number);
    this.experienceSum[slot] = after;
    raw.experience += after * after - before * before;
    if (model.facilitator[person] === 1) {
      const f = this.facilitators[slot] as number;
      raw.facilitators += f;
      if (f === 0 && model.facilitatorRule) raw.missing -= 1;
      this.facilitators[slot] = f + 1;
    }
    raw.areas += sameArea;
    raw.repeats += repeats;
    raw.topics += topics;
    raw.never += broken;
  }

  /** Removes a person from their group in session s; returns the group they left. */
  remove(s: number, person: number): number {
    const { model, raw } = this;
    const { n, groups, hi, area, topicCost, trackRepeats, never } = model;
    const g = this.group[s * n + person] as number;
    const slot = s * groups + g;
    const offset = slot * hi;
    const last = (this.size[slot] as number) - 1;
    const at = this.position[s * n + person] as number;
    const moved = this.members[offset + last] as number;
    this.members[offset + at] = moved;
    this.position[s * n + moved] = at;
    this.size[slot] = last;
    this.group[s * n + person] = -1;
    const mine = area[person] as number;
    const avoid = never[person] ?? null;
    const meetings = this.meetings;
    const cells = trackRepeats ? meetings.cells : null;
    const table = model.topicTable;
    const row = person * n;
    const { block } = model;
    const myBlock = block[person] as number;
    let sameArea = 0;
    let repeats = 0;
    let topics = 0;
    let broken = 0;
    for (let k = 0; k < last; k += 1) {
      const other = this.members[offset + k] as number;
      if (mine !== -1 && area[other] === mine) sameArea += 1;
      if (!trackRepeats || block[other] === myBlock) {
        // As in add.
      } else if (cells !== null) {
        const met = (cells[row + other] as number) - 1;
        if (met > 0) repeats += 1;
        cells[row + other] = met;
        cells[other * n + person] = met;
      } else {
        meetings.add(person, other, -1);
        if (meetings.get(person, other) > 0) repeats += 1;
      }
      if (table !== null) topics += table[row + other] as number;
      else if (topicCost !== null) topics += topicCost(person, other);
      if (avoid?.has(other) === true) broken += 1;
    }
    const before = this.experienceSum[slot] as number;
    const after = before - (model.deviation[person] as number);
    this.experienceSum[slot] = after;
    raw.experience += after * after - before * before;
    if (model.facilitator[person] === 1) {
      const f = (this.facilitators[slot] as number) - 1;
      raw.facilitators -= f;
      if (f === 0 && model.facilitatorRule) raw.missing += 1;
      this.facilitators[slot] = f;
    }
    raw.areas -= sameArea;
    raw.repeats -= repeats;
    raw.topics -= topics;
    raw.never -= broken;
    return g;
  }

  /**
   * What `person` adds to `value()` with each member of slot `slot` (but `skip`): same
   * areas, topics, a repeat meeting (if they met more than `shared` times: 1 when they
   * already share the group, counting this very meeting) and broken never-together rules;
   * minus, with `versus` (−1: nobody), the same for `versus` (with `versusShared`). Written
   * out in one loop, as it runs at every step.
   */
  private links(
    person: number,
    versus: number,
    slot: number,
    skip: number,
    shared: number,
    versusShared: number,
  ): number {
    const { model, members } = this;
    const { weights, area, topicTable, n, violationWeight } = model;
    const offset = slot * model.hi;
    const size = this.size[slot] as number;
    const cells = model.trackRepeats ? this.meetings.cells : null;
    const sparse = model.trackRepeats && cells === null;
    const topicCost = topicTable === null ? model.topicCost : null;
    const mine = area[person] as number;
    const theirs = versus === -1 ? -1 : (area[versus] as number);
    const avoid = model.never[person] ?? null;
    const avoidVersus = versus === -1 ? null : (model.never[versus] ?? null);
    const rowMine = person * n;
    const rowTheirs = versus * n;
    const { block } = model;
    const myBlock = block[person] as number;
    const versusBlock = versus === -1 ? -1 : (block[versus] as number);
    let sameArea = 0;
    let topics = 0;
    let met = 0;
    let broken = 0;
    for (let k = 0; k < size; k += 1) {
      const other = members[offset + k] as number;
      if (other === skip) continue;
      const otherArea = area[other] as number;
      if (mine !== -1 && otherArea === mine) sameArea += 1;
      if (theirs !== -1 && otherArea === theirs) sameArea -= 1;
      if (topicTable !== null) {
        topics += topicTable[rowMine + other] as number;
        if (versus !== -1) topics -= topicTable[rowTheirs + other] as number;
      } else if (topicCost !== null) {
        topics += topicCost(person, other);
        if (versus !== -1) topics -= topicCost(versus, other);
      }
      // Must-together pairs meet by design and never count as repeats.
      const otherBlock = block[other] as number;
      if (cells !== null) {
        if (otherBlock !== myBlock && (cells[rowMine + other] as number) > shared) met += 1;
        if (
          versus !== -1 &&
          otherBlock !== versusBlock &&
          (cells[rowTheirs + other] as number) > versusShared
        )
          met -= 1;
      } else if (sparse) {
        if (otherBlock !== myBlock && this.meetings.get(person, other) > shared) met += 1;
        if (
          versus !== -1 &&
          otherBlock !== versusBlock &&
          this.meetings.get(versus, other) > versusShared
        )
          met -= 1;
      }
      if (avoid !== null && avoid.has(other)) broken += 1;
      if (avoidVersus !== null && avoidVersus.has(other)) broken -= 1;
    }
    return (
      weights.areas * sameArea +
      weights.topics * topics +
      weights.repeats * met +
      violationWeight * broken
    );
  }

  /** What `person`'s links with the rest of their group in session s add to `value()`. */
  pairCost(s: number, person: number): number {
    const slot = s * this.model.groups + (this.group[s * this.model.n + person] as number);
    return this.links(person, -1, slot, person, 1, 0);
  }

  /** How often `person` met the rest of their group in session s before (history and other sessions). */
  repeatsOf(s: number, person: number): number {
    const { model } = this;
    const slot = s * model.groups + (this.group[s * model.n + person] as number);
    const offset = slot * model.hi;
    let met = 0;
    for (let k = 0, size = this.size[slot] as number; k < size; k += 1) {
      const other = this.members[offset + k] as number;
      if (model.block[other] !== model.block[person]) met += this.meetings.get(person, other) - 1;
    }
    return met;
  }

  /** The change in a facilitator's groups when one moves from slot `a` to slot `b`. */
  private facilitatorShift(a: number, b: number): number {
    const { model } = this;
    const fa = this.facilitators[a] as number;
    const fb = this.facilitators[b] as number;
    let change = model.weights.facilitators * (fb - (fa - 1));
    if (model.facilitatorRule) {
      if (fa === 1) change += model.violationWeight;
      if (fb === 0) change -= model.violationWeight;
    }
    return change;
  }

  /**
   * The change in `value()` if `person` (alone in their must-together block) moved to group
   * `to` of session s, without moving them. Cost: O(size of both groups).
   */
  moveDelta(s: number, person: number, to: number): number {
    const { model } = this;
    const { n, groups } = model;
    const from = this.group[s * n + person] as number;
    const a = s * groups + from;
    const b = s * groups + to;
    // Leaving: minus each link with the group left; joining: each link with the new group.
    let change = -this.links(person, -1, a, person, 1, 0) + this.links(person, -1, b, -1, 0, 0);
    const d = model.deviation[person] as number;
    const sa = this.experienceSum[a] as number;
    const sb = this.experienceSum[b] as number;
    change +=
      model.weights.experience * ((sa - d) * (sa - d) - sa * sa + (sb + d) * (sb + d) - sb * sb);
    if (model.facilitator[person] === 1) change += this.facilitatorShift(a, b);
    return change;
  }

  /**
   * The change in `value()` if `p` and `q` (each alone in their block, in different groups
   * of session s) swapped groups, without swapping them. Cost: O(size of both groups).
   */
  swapDelta(s: number, p: number, q: number): number {
    const { model } = this;
    const { n, groups } = model;
    const a = s * groups + (this.group[s * n + p] as number);
    const b = s * groups + (this.group[s * n + q] as number);
    // In p's group, q's links (not yet met there) replace p's (met there); and the reverse.
    let change = this.links(q, p, a, p, 0, 1) + this.links(p, q, b, q, 0, 1);
    const shift = (model.deviation[q] as number) - (model.deviation[p] as number);
    const sa = this.experienceSum[a] as number;
    const sb = this.experienceSum[b] as number;
    change +=
      model.weights.experience *
      ((sa + shift) * (sa + shift) - sa * sa + (sb - shift) * (sb - shift) - sb * sb);
    const fp = model.facilitator[p] as number;
    const fq = model.facilitator[q] as number;
    if (fp > fq) change += this.facilitatorShift(a, b);
    else if (fq > fp) change += this.facilitatorShift(b, a);
    return change;
  }

  /** The members of group g of session s, in list order. */
  membersOf(s: number, g: number): number[] {
    const slot = s * this.model.groups + g;
    const offset = slot * this.model.hi;
    return Array.from(this.members.subarray(offset, offset + (this.size[slot] as number)));
  }

  /** Recomputes the running sums from the groups, to shed rounding drift. */
  refresh(): void {
    const assignment = this.group.slice();
    const { n, sessions } = this.model;
    for (let s = 0; s < sessions; s += 1)
      for (let p = 0; p < n; p += 1)
        if ((assignment[s * n + p] as number) !== -1) this.remove(s, p);
    this.raw.experience = 0;
    this.raw.topics = 0;
    this.experienceSum.fill(0);
    this.load(assignment);
  }

  /** Places everyone as in `assignment` (session-major, as `group`); the state must be empty. */
  load(assignment: Int32Array): void {
    const { n, sessions } = this.model;
    for (let s = 0; s < sessions; s += 1)
      for (let p = 0; p < n; p += 1) {
        const g = assignment[s * n + p] as number;
        if (g !== -1) this.add(s, p, g);
      }
  }
}
