/** A reproducible stream of random choices: the same seed gives the same fault schedule on every run. */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number;
  pick<T>(choices: ReadonlyArray<T>): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/** Creates the stream (mulberry32: tiny, fast, and good enough to spread faults around). */
export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (choices) => {
      if (choices.length === 0) throw new Error('nothing to pick from');
      return choices[Math.floor(next() * choices.length)]!;
    },
    chance: (p) => next() < p,
  };
}
