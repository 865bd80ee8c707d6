// Columns of numbers that grow as they are filled: the partial reader keeps one value per
// struct in each (some 80,000 structs for a series board) instead of an object per struct.

/** A growable column of numbers. */
export class Column<T extends Uint32Array | Int32Array | Uint8Array | Float64Array> {
  length = 0;
  constructor(public array: T, private readonly make: (size: number) => T) {}
  push(value: number): void {
    if (this.length === this.array.length) {
      const grown = this.make(this.array.length * 2);
      grown.set(this.array);
      this.array = grown;
    }
    this.array[this.length++] = value;
  }
}

export const u32 = (size: number) => new Uint32Array(size);
export const i32 = (size: number) => new Int32Array(size);
export const u8 = (size: number) => new Uint8Array(size);
export const f64 = (size: number) => new Float64Array(size);
