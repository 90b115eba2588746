import { describe, expect, it } from 'vitest';
import { PLACES, TIMES } from '../../src/content/schema';
import { MAX_AGE, MIN_AGE, poseFor, reactionMood, totalEffect } from '../../src/scenes/art/pose';

describe('poseFor: the figures match the setting', () => {
  it('puts the child where the place says', () => {
    expect(poseFor('car', 'day', 2)).toMatchObject({ child: 'carseat', caregiver: 'sitting' });
    expect(poseFor('bath', 'evening', 1)).toMatchObject({ child: 'bath', caregiver: 'kneeling' });
    expect(poseFor('nursery', 'night', 10)).toMatchObject({ child: 'cot', caregiver: 'standing' });
    expect(poseFor('bedroom', 'night', 0)).toMatchObject({ child: 'cot' });
    expect(poseFor('bedroom', 'evening', 40)).toMatchObject({ child: 'bed' });
    expect(poseFor('kitchen', 'day', 7)).toMatchObject({ child: 'highchair', caregiver: 'standing' });
    expect(poseFor('living', 'day', 2)).toMatchObject({ child: 'arms', caregiver: 'holding' });
    expect(poseFor('living', 'evening', 7)).toMatchObject({ child: 'lap', caregiver: 'sitting' });
    expect(poseFor('doctor', 'day', 1)).toMatchObject({ child: 'lying' });
    expect(poseFor('street', 'day', 30)).toMatchObject({ child: 'standing', caregiver: 'standing' });
  });

  it('never has a baby stand, sit up or ride a bike too early, whatever the content asks', () => {
    for (const place of PLACES) {
      for (const time of TIMES) {
        for (const age of [0, 2, 4, 6, 8, 9, 11, 14, 18, 24, 36, 60]) {
          for (const child of [undefined, 'standing', 'bike', 'sitting', 'bed', 'highchair', 'cot', 'lying'] as const) {
            const p = poseFor(place, time, age, child ? { child } : undefined);
            expect(age, `${place} ${time} ${age} ${child}: ${p.child}`).toBeGreaterThanOrEqual(MIN_AGE[p.child]);
            expect(age, `${place} ${time} ${age} ${child}: ${p.child}`).toBeLessThan(MAX_AGE[p.child] ?? Infinity);
            if (p.child === 'arms') expect(p.caregiver).toBe('holding');
            if (p.child === 'lap') expect(p.caregiver).toBe('sitting');
            if (p.caregiver === 'holding') expect(p.child).toBe('arms');
          }
        }
      }
    }
    expect(poseFor('street', 'day', 3, { child: 'bike' }).child).toBe('lying');
    expect(poseFor('living', 'day', 7, { child: 'standing' }).child).toBe('sitting');
    expect(poseFor('bedroom', 'night', 40, { child: 'cot' }).child).toBe('bed');
    expect(poseFor('living', 'day', 41, { child: 'lying' }).child).toBe('sitting');
  });

  it('follows a content hint where the child is old enough', () => {
    expect(poseFor('street', 'day', 54, { child: 'bike' })).toMatchObject({ child: 'bike', caregiver: 'standing' });
    expect(poseFor('bath', 'evening', 18, { child: 'standing', caregiver: 'standing' })).toMatchObject({ child: 'standing', caregiver: 'standing' });
    expect(poseFor('living', 'day', 2, { child: 'lap' })).toMatchObject({ child: 'lap', caregiver: 'sitting' });
    expect(poseFor('bedroom', 'night', 10, { mood: 'crying' }).mood).toBe('crying');
    expect(poseFor('bedroom', 'night', 10).mood).toBe('calm');
  });
});

describe('reactionMood: the child answers the response', () => {
  const cot = poseFor('nursery', 'night', 10);
  const floor = poseFor('living', 'day', 12);
  const seat = poseFor('car', 'day', 12);
  it('settles after an attuned response: calm where it rests, playing where its hands are free', () => {
    expect(reactionMood(3, cot, 10)).toBe('calm');
    expect(reactionMood(3, floor, 12)).toBe('playing');
    expect(reactionMood(3, seat, 12)).toBe('happy');
    expect(reactionMood(1, floor, 12)).toBe('calm');
  });
  it('withdraws after a response that does little, cries after a poor one', () => {
    expect(reactionMood(0, floor, 12)).toBe('withdrawn');
    expect(reactionMood(-1, floor, 12)).toBe('withdrawn');
    expect(reactionMood(-2, floor, 12)).toBe('crying');
    expect(reactionMood(-2, floor, 40)).toBe('upset');
    expect(reactionMood(-3, floor, 40)).toBe('crying');
  });
  it('adds up the effects of a response', () => {
    expect(totalEffect({ caring: 2, giving: -1, trusting: undefined })).toBe(1);
  });
});
