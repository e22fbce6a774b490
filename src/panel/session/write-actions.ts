import { type WriteBackPart, writeBack } from "./board-tasks";
import type { SessionContext } from "./session-context";

/** Writes one part of the analysed journey onto the board, with progress and a Cancel. */
export function writeActions({ port, store, tasks }: SessionContext) {
  return {
    async write(part: WriteBackPart): Promise<void> {
      const { preview, writeLanguage, journey } = store.get().analyse;
      if (preview === null) return;
      await tasks.run(part, async ({ signal, onProgress }) => {
        const done = await writeBack(port, preview.journey, {
          parts: [part],
          legend: preview.legend,
          language: writeLanguage,
          // Each journey's write-back is its own, so writing the to-be keeps the as-is's; the
          // first keeps the name every board's write-back had before journeys were told apart.
          ...(journey > 0 ? { writeBackId: `wb-${journey + 1}` } : {}),
          onProgress,
          signal,
        });
        store.set({
          report: { kind: "written", part, stages: preview.stages.length, ...done },
        });
      });
    },
  };
}

/** The write-back part of the session. */
export type WriteActions = ReturnType<typeof writeActions>;
