// A player's name, as typed, loaded from a file or restored: the one cleaning for every way in.
import { cleanLine } from '../trainer/text';
import { MAX_NAME } from './saves';

/** Trimmed, one line, no control or direction characters, at most MAX_NAME; '' when nothing visible is left. */
export const cleanName = (name: unknown): string => cleanLine(name, MAX_NAME);
