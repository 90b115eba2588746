import { describe, expect, it } from 'vitest';
import { cleanName, MAX_NAME } from '../../src/trainer/text';

// The one name cleaner: a player's name and a student's name, each with its own limit.
describe('cleanName', () => {
  it('cuts a player name at 40 and a student name at 60 characters', () => {
    expect(MAX_NAME).toEqual({ player: 40, student: 60 });
    expect(cleanName('x'.repeat(100), 'player')).toBe('x'.repeat(40));
    expect(cleanName('x'.repeat(100), 'student')).toBe('x'.repeat(60));
  });

  it('counts characters, not UTF-16 units, and trims after the cut', () => {
    expect(cleanName('👩'.repeat(50), 'player')).toBe('👩'.repeat(40));
    expect(cleanName(`${'a'.repeat(39)} b`, 'player')).toBe('a'.repeat(39));
  });

  it('gives one clean line, or nothing when nothing visible is left', () => {
    expect(cleanName(' Anna\n\tde\u202eVries ', 'student')).toBe('Anna de Vries');
    expect(cleanName('\u200b\u00ad ', 'student')).toBe('');
    expect(cleanName(undefined, 'player')).toBe('');
  });
});
