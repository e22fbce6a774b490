/**
 * A count with its noun in the singular for one and the plural otherwise ("1 smärtpunkt",
 * "2 smärtpunkter"; "1 glæde", "2 glæder"), so no language glues a plural onto a count by hand.
 * The panel's words use it too: one rule for every count the app writes.
 */
export function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
