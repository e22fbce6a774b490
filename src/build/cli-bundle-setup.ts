import { buildCliBundle } from "./cli-bundle";

/**
 * Once per unit run: the command line is bundled from the sources as they are now, so the tests
 * of the executable never run a bundle older than the code beside them.
 */
export default async function setup(): Promise<void> {
  await buildCliBundle();
}
