// A promise started and not awaited (a save, a sound, a scene change after a save) that fails:
// `void p.catch(failed)` logs it and tells the player calmly, as main.ts's handler for unhandled
// rejections does (main.ts hands the same function to both).
let report: (e: unknown) => void = (e) => console.error(e);

/** main.ts: how a failure is logged and told. */
export function onFailure(f: (e: unknown) => void) {
  report = f;
}

/** For `.catch`: log the failure and tell the player; the game goes on. */
export const failed = (e: unknown): void => report(e);
