import * as z from "zod/mini";
import type { Part } from "./parts";

/** What each item of a template is for. The tidy copy's grid uses the same roles. */
export const TEMPLATE_ROLES = [
  "journey-frame",
  "title",
  "header-card",
  "stage-header",
  "stage-section",
  "lane-label",
  "cell",
  "legend-title",
  "legend-swatch",
  "parking-lot",
] as const;

export const SUMMARY_ROLES = ["headline", "stage-summary"] as const;
export const CURVE_ROLES = ["emotion-point", "emotion-line", "emotion-label"] as const;
export const ACTION_ROLES = ["actions-area", "action"] as const;
/** The tidy copy's own items, beside its grid (which takes the template's roles). */
export const TIDY_ROLES = ["tidy-note", "tidy-tray"] as const;

/**
 * Every role the app writes, and `unknown` for an item whose mark this version cannot read:
 * the closed set every mark's role comes from.
 */
export const ROLES = [
  ...TEMPLATE_ROLES,
  ...SUMMARY_ROLES,
  ...CURVE_ROLES,
  ...ACTION_ROLES,
  ...TIDY_ROLES,
  "unknown",
] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;
export type TemplateRole = (typeof TEMPLATE_ROLES)[number];

/** Which roles each part holds; a mark whose role is not its part's is not a valid mark. */
export const ROLES_OF_PART: Record<Part, readonly Role[]> = {
  template: TEMPLATE_ROLES,
  summaries: SUMMARY_ROLES,
  curve: CURVE_ROLES,
  actions: ACTION_ROLES,
  tidy: [...TEMPLATE_ROLES, ...TIDY_ROLES],
  unknown: ["unknown"],
};

/** Whether a string is one of the template's roles. */
export function isTemplateRole(role: string): role is TemplateRole {
  return (TEMPLATE_ROLES as readonly string[]).includes(role);
}
