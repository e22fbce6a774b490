import * as z from "zod/mini";

/** A span along one board axis: a stage's columns (x) or a lane's rows (y). */
export const BandSchema = z.object({ start: z.number(), end: z.number() }).check(
  z.refine((band) => band.end >= band.start, {
    message: "band end must not be before its start",
  }),
);

export type Band = z.infer<typeof BandSchema>;

/** Whether a coordinate lies inside a band, edges included. */
export function bandHolds(band: Band, at: number): boolean {
  return at >= band.start && at <= band.end;
}
