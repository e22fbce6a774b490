import { type WriteBackPart, writeBack } from "./board-tasks";
import type { SessionContext } from "./session-context";

/** Writes one part of the analysed journey onto the board, with progress and a Cancel. */
export function writeActions({ port, store, tasks }: SessionContext) {
  return {
    async write(part: WriteBackPart): Promise<void> {
      const { preview, writeLanguage } = store.get().analyse;
      if (preview === null) return;
      await tasks.run(part, async ({ signal, onProgress }) => {
        const done = await writeBack(port, preview.journey, {
          parts: [part],
          legend: preview.legend,
          language: writeLanguage,
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
