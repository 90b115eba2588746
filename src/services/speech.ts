// Read aloud with the browser's own speech synthesis (no download, works offline where the voice
// is on the device). Only a Dutch voice reads Dutch and only an English one English: a voice of
// another language would mangle the text, so without a matching voice the button is not shown.
import { LANG_TABLE, type Lang } from '../content/langs';

/** The parts of a SpeechSynthesisVoice that the choice looks at. */
export interface VoiceLike {
  lang: string;
  name: string;
  localService?: boolean;
  default?: boolean;
}

/** Regions in order of preference for each game language. */
const PREFERRED = (lang: Lang): readonly string[] => LANG_TABLE[lang].voices;

/**
 * The voice for a game language: the preferred regions first (Dutch: nl-NL, then nl-BE), then
 * any voice of the language; a voice on the device before a network one; undefined if none fits.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: Lang): V | undefined {
  const norm = (l: string) => l.toLowerCase().replace('_', '-');
  const fits = voices.filter((v) => norm(v.lang) === lang || norm(v.lang).startsWith(`${lang}-`));
  const rank = (v: V) => {
    const region = PREFERRED(lang).indexOf(norm(v.lang));
    return (region < 0 ? PREFERRED(lang).length : region) * 4 + (v.localService === false ? 2 : 0) + (v.default ? 0 : 1);
  };
  return [...fits].sort((a, b) => rank(a) - rank(b))[0];
}

const synth = (): SpeechSynthesis | undefined => (typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis);

let voices: SpeechSynthesisVoice[] = [];
const refresh = () => (voices = synth()?.getVoices() ?? []);
// voices arrive after a while in Chromium; ask early so they are known when a scene asks
refresh();
synth()?.addEventListener?.('voiceschanged', refresh);

/** A voice that can read this language is on offer. */
export function canReadAloud(lang: Lang): boolean {
  return !!synth() && !!pickVoice(refresh(), lang);
}

/** Read a text in the game's language; `done` is called when it ends or is stopped. */
export function speak(text: string, lang: Lang, done?: () => void) {
  const s = synth();
  const voice = pickVoice(voices, lang);
  if (!s || !voice || !text.trim()) return;
  s.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.voice = voice;
  u.lang = voice.lang;
  u.rate = 0.95;
  u.onend = u.onerror = () => done?.();
  s.speak(u);
}

/** Stop reading (a new screen, the player pressed again). */
export function stopSpeaking() {
  synth()?.cancel();
}
