// The drawings (scenes/art), once loaded: main.ts loads them beside the content, and app.ready
// waits for both. Kept with the scenes, not in the session (src/game knows no scene).
type Art = typeof import('./art');

let loaded: Art | undefined;
export const setArt = (m: Art) => {
  loaded = m;
};
/** The drawings; only after app.ready. */
export const art = (): Art => loaded!;
