// Which voice reads the game aloud: only one of the game's language, the preferred region first.
import { describe, expect, it } from 'vitest';
import { pickVoice, type VoiceLike } from '../../src/services/speech';

const v = (lang: string, name = lang, o: Partial<VoiceLike> = {}): VoiceLike => ({ lang, name, localService: true, ...o });

describe('the read-aloud voice', () => {
  it('Dutch: nl-NL before nl-BE before other Dutch', () => {
    expect(pickVoice([v('nl-BE'), v('en-GB'), v('nl-NL')], 'nl')?.lang).toBe('nl-NL');
    expect(pickVoice([v('en-US'), v('nl-BE'), v('nl-SR')], 'nl')?.lang).toBe('nl-BE');
    expect(pickVoice([v('en-US'), v('nl-SR')], 'nl')?.lang).toBe('nl-SR');
  });

  it('no voice of the language: none at all, never one of another language', () => {
    expect(pickVoice([v('en-GB'), v('de-DE'), v('fr-FR')], 'nl')).toBeUndefined();
    expect(pickVoice([v('nl-NL'), v('de-DE')], 'en')).toBeUndefined();
    expect(pickVoice([], 'en')).toBeUndefined();
    // "nld" or "nb-NO" are not Dutch
    expect(pickVoice([v('nb-NO'), v('nld')], 'nl')).toBeUndefined();
  });

  it('English: a British or American voice, whatever the case or separator', () => {
    expect(pickVoice([v('en-IN'), v('en_US'), v('EN-gb')], 'en')?.lang).toBe('EN-gb');
    expect(pickVoice([v('en-IN'), v('en_US')], 'en')?.lang).toBe('en_US');
    expect(pickVoice([v('en')], 'en')?.lang).toBe('en');
  });

  it('a voice on the device before a network voice, then the default', () => {
    const net = v('nl-NL', 'Google Nederlands', { localService: false });
    const local = v('nl-NL', 'Xander');
    expect(pickVoice([net, local], 'nl')?.name).toBe('Xander');
    const a = v('nl-NL', 'A');
    const b = v('nl-NL', 'B', { default: true });
    expect(pickVoice([a, b], 'nl')?.name).toBe('B');
  });
});
