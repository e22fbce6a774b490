/**
 * A count with its words in the singular for one and the plural otherwise ("1 lapp", "2 lappar";
 * "1 seddel", "2 sedler"), so no language glues a plural onto a count by hand.
 */
export function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
