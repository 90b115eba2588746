// Sound through howler. Nothing is created before the first gesture, so no audio context starts
// (or warns) at boot; volumes and mute follow the settings.
import type { Howl as HowlT } from 'howler';

type Effect = 'choose' | 'grow' | 'crack' | 'heal' | 'wobble' | 'done';
const EFFECTS: Effect[] = ['choose', 'grow', 'crack', 'heal', 'wobble', 'done'];

const urls = import.meta.glob('../../assets/audio/*.{ogg,mp3}', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const src = (name: string) => ['ogg', 'mp3'].map((ext) => urls[`../../assets/audio/${name}.${ext}`]).filter(Boolean);

let music: HowlT | undefined;
const sounds = new Map<Effect, HowlT>();
let volumes = { music: 0.5, sfx: 0.8, muted: false };
let started: Promise<void> | undefined;

/** Called on the first pointer or key press: loads howler and the sounds, starts the music. */
export function unlockAudio(): Promise<void> {
  started ??= (async () => {
    const { Howl, Howler } = await import('howler');
    Howler.mute(volumes.muted);
    music = new Howl({ src: src('music'), loop: true, volume: volumes.music * 0.6, html5: false });
    for (const e of EFFECTS) sounds.set(e, new Howl({ src: src(e), volume: volumes.sfx }));
    music.play();
  })().catch(() => undefined);
  return started;
}

export function play(effect: Effect) {
  if (volumes.muted) return;
  sounds.get(effect)?.play();
}

export function setVolumes(next: { music: number; sfx: number; muted: boolean }) {
  volumes = { ...next };
  music?.volume(next.music * 0.6);
  sounds.forEach((s) => s.volume(next.sfx));
  void import('howler').then(({ Howler }) => Howler.mute(next.muted)).catch(() => undefined);
}
