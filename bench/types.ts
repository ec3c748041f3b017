/** One benchmark figure, as printed by `npm run bench`. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
}
