// Text typed by a person or read from outside (a file, a link, a learning platform), made safe to
// keep and show: one line where a line is meant, no control or direction characters, bounded, and
// refused when nothing visible is left. Pure; the one place for this (names, numbers, answers).

/** Control characters, line and paragraph separators, and the marks that turn text direction round. */
// eslint-disable-next-line no-control-regex
const BREAKING = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f\u061c]/gu;
/** In an answer: the same, but a new line (\n) stays. */
// eslint-disable-next-line no-control-regex
const BREAKING_KEEP_LINES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f\u061c]/gu;
/**
 * What shows nothing by itself: spaces of every kind, format characters (zero-width joiners,
 * soft hyphens, tags, the byte-order mark), fillers that fonts draw empty, variation selectors
 * and the blank Braille cell.
 */
const INVISIBLE = /[\s\p{Z}\p{Cc}\p{Cf}\u034f\u115f\u1160\u17b4\u17b5\u180e\u2800\u3164\uffa0\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu;

/** True when the text has something a reader can see. */
export const visible = (s: string) => s.replace(INVISIBLE, '') !== '';

/**
 * One line as typed or received: breaking characters become spaces, spaces are collapsed, the
 * ends trimmed, at most `max` characters; '' when nothing visible is left.
 */
export function cleanLine(s: unknown, max: number): string {
  if (typeof s !== 'string') return '';
  // cut long input before the regular expressions see it (a pasted book, a hostile platform)
  const line = s
    .slice(0, max * 4)
    .replace(BREAKING, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const cut = [...line].slice(0, max).join('').trim();
  return visible(cut) ? cut : '';
}

/**
 * The longest name kept, by whose it is: a player's (the player list, saves, progress files) and a
 * student's (assignment records, the name a learning platform gives).
 */
export const MAX_NAME = { player: 40, student: 60 } as const;

/** A name as typed, loaded, restored or received: one line, cleaned, at most MAX_NAME[who]; '' when nothing visible is left. */
export const cleanName = (name: unknown, who: keyof typeof MAX_NAME): string => cleanLine(name, MAX_NAME[who]);

/** A written answer: new lines kept, other breaking characters gone, bounded; '' when nothing visible. */
export function cleanText(s: unknown, max: number): string {
  if (typeof s !== 'string') return '';
  const text = s
    .slice(0, max * 2)
    .replace(/\r\n?/g, '\n')
    .replace(BREAKING_KEEP_LINES, '')
    .trim()
    .slice(0, max);
  return visible(text) ? text : '';
}
