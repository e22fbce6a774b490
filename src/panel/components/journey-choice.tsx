import type { TabProps } from "./tab-props";

/**
 * Which journey the preview, the write-back and the export are for, when what was read holds
 * more than one (as-is and to-be): one segment a journey, by its title. Radios underneath, so
 * the arrow keys move between journeys and a screen reader says which one is chosen.
 */
export function JourneyChoice({ session, state, words }: TabProps) {
  const { journeys, journey } = state.analyse;
  if (journeys.length < 2) return null;
  const said = words.analyse;
  return (
    <div class="jm-journeys">
      <span id="jm-journey-label">{said.journey}</span>
      <div role="radiogroup" aria-labelledby="jm-journey-label" class="jm-segments">
        {journeys.map((one, index) => (
          <label key={index} class="jm-segment">
            <input
              type="radio"
              name="jm-journey"
              class="jm-sr"
              checked={index === journey}
              onChange={() => session.analyse.setJourney(index)}
            />
            {one.journey.header.title?.trim() || said.untitledJourney(index + 1)}
          </label>
        ))}
      </div>
    </div>
  );
}
