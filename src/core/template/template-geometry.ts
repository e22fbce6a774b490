/**
 * Sizes of the template in board units. A cell holds two by two stickies of either platform
 * (FigJam 240 x 240, Miro 199 x 228) with room to spare, so a team can add a few notes per cell
 * before the grid feels tight.
 */
export const TEMPLATE_GEOMETRY = {
  margin: 60,
  gap: 20,
  titleHeight: 120,
  headerHeight: 280,
  stageHeaderHeight: 160,
  labelWidth: 320,
  cellWidth: 560,
  cellHeight: 540,
  legendWidth: 560,
  swatchWidth: 240,
  swatchHeight: 280,
  parkingLotMinHeight: 1080,
} as const;
