import Decimal from 'decimal.js';

// mulberry32: tiny, fast and good enough for demo data. The same seed always yields the same sequence,
// which is what keeps the demo data identical from run to run.
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  // Uniform in [0, 1).
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  // Inclusive on both ends.
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick() from an empty array');
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  // A decimal string with exactly `scale` digits; built from integers so no float rounding leaks in.
  decimal(min: Decimal.Value, max: Decimal.Value, scale: number): string {
    const factor = new Decimal(10).pow(scale);
    const low = new Decimal(min).times(factor).ceil().toNumber();
    const high = new Decimal(max).times(factor).floor().toNumber();
    return new Decimal(this.int(low, high)).dividedBy(factor).toFixed(scale);
  }

  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let roll = this.next() * total;
    for (let index = 0; index < items.length; index++) {
      roll -= weights[index];
      if (roll < 0) return items[index];
    }
    return items[items.length - 1];
  }

  // `count` distinct items, in random order (partial Fisher-Yates on a copy).
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const take = Math.min(count, copy.length);
    for (let index = 0; index < take; index++) {
      const swap = index + Math.floor(this.next() * (copy.length - index));
      [copy[index], copy[swap]] = [copy[swap], copy[index]];
    }
    return copy.slice(0, take);
  }
}
