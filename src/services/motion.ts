// Motion: the system's reduced-motion setting applies until the player chooses otherwise in the
// settings ('full' or 'reduced'); 'system' follows it, also when it changes while the game is open.
type MotionChoice = 'system' | 'full' | 'reduced';

const query = () => (typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined);

const systemReducesMotion = () => !!query()?.matches;

/**
 * The player's choice. Saves from before this choice existed kept only the effect: "reduced" is
 * kept as a choice (it may have been one), "full" was most likely the default, so it follows the system.
 */
export function motionChoice(s: { motion?: MotionChoice; reducedMotion: boolean }): MotionChoice {
  return s.motion ?? (s.reducedMotion ? 'reduced' : 'system');
}

/** Whether to reduce motion now, for this choice. */
export function reducesMotion(choice: MotionChoice): boolean {
  return choice === 'system' ? systemReducesMotion() : choice === 'reduced';
}

/** Call `onChange` when the system setting changes. */
export function watchSystemMotion(onChange: (reduced: boolean) => void) {
  query()?.addEventListener('change', (e) => onChange(e.matches));
}
