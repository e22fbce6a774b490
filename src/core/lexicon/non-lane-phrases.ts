/**
 * Phrases whose words would each name a lane but that together name none: "Design thinking" is
 * a method, not the customer's thoughts; "Look and feel" is the product's style, not feelings.
 * Their words are read as ordinary words, so a label made of one reads as no lane.
 */
export const NON_LANE_PHRASES: readonly string[] = [
  "design thinking",
  "systems thinking",
  "lateral thinking",
  "wishful thinking",
  "look and feel",
  "feel good",
  "designtänkande",
  "design tænkning",
];
