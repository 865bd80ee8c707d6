// A table from pairs of small non-negative integers to integers, in typed arrays: the partial
// reader interns one place per shot and field (tens of thousands), and a Map per place cost
// more in allocation than the rest of reading a version's structs.

const EMPTY = -1;

export class PairTable {
  private firsts = new Int32Array(1024).fill(EMPTY);
  private seconds = new Int32Array(1024);
  private values = new Int32Array(1024);
  private size = 0;

  /** The value for the pair, or undefined. */
  get(first: number, second: number): number | undefined {
    const mask = this.firsts.length - 1;
    for (let slot = hash(first, second) & mask; ; slot = (slot + 1) & mask) {
      const at = this.firsts[slot]!;
      if (at === EMPTY) return undefined;
      if (at === first && this.seconds[slot] === second) return this.values[slot];
    }
  }

  /** Sets the value of a pair not in the table yet. */
  add(first: number, second: number, value: number): void {
    if ((this.size + 1) * 2 > this.firsts.length) this.grow();
    this.place(first, second, value);
    this.size++;
  }

  private place(first: number, second: number, value: number): void {
    const mask = this.firsts.length - 1;
    let slot = hash(first, second) & mask;
    while (this.firsts[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.firsts[slot] = first;
    this.seconds[slot] = second;
    this.values[slot] = value;
  }

  private grow(): void {
    const [firsts, seconds, values] = [this.firsts, this.seconds, this.values];
    this.firsts = new Int32Array(firsts.length * 2).fill(EMPTY);
    this.seconds = new Int32Array(firsts.length * 2);
    this.values = new Int32Array(firsts.length * 2);
    for (let slot = 0; slot < firsts.length; slot++) if (firsts[slot] !== EMPTY) this.place(firsts[slot]!, seconds[slot]!, values[slot]!);
  }
}

function hash(first: number, second: number): number {
  const h = Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 0x7f4a7c15, 0x85ebca77);
  return (h ^ (h >>> 15)) >>> 0;
}
