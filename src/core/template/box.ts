/** A plan item's centre and size from its top-left corner and size. */
export function box(left: number, top: number, width: number, height: number) {
  return { x: left + width / 2, y: top + height / 2, width, height };
}
