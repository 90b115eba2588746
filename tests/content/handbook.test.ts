// The handbook's numbers page states the engine's numbers in words: when a number in
// src/model/tuning.ts changes, this says which sentence of the handbook to update.
import { describe, expect, it } from 'vitest';
import { loadFromDisk } from '../../src/content/node';
import * as T from '../../src/model/tuning';

const { handbook } = loadFromDisk();
const section = (id: string) => handbook!.sections.find((s) => s.id === id)!;

/** How the handbook writes a number: a decimal comma in Dutch, a real minus sign. */
const nl = (x: number) => String(x).replace('.', ',').replace('-', '−');
const en = (x: number) => String(x).replace('-', '−');
const pct = (x: number) => `${Math.round(x * 100)}%`;

const stated: [string, number, (f: (x: number) => string) => string][] = [
  ['SOLID_GROWTH', T.SOLID_GROWTH, (f) => f(T.SOLID_GROWTH)],
  ['CRACKED_AT', T.CRACKED_AT, (f) => f(T.CRACKED_AT)],
  ['GROWN_GROWTH', T.GROWN_GROWTH, (f) => f(T.GROWN_GROWTH)],
  ['WOBBLY_FRAGILITY', T.WOBBLY_FRAGILITY, (f) => f(T.WOBBLY_FRAGILITY)],
  ['BUILD_SHARE_OF_WINDOW', T.BUILD_SHARE_OF_WINDOW, () => pct(T.BUILD_SHARE_OF_WINDOW)],
  ['OUTSIDE_WINDOW_FLOOR', T.OUTSIDE_WINDOW_FLOOR, () => pct(T.OUTSIDE_WINDOW_FLOOR)],
  ['CRACK_SPEED', T.CRACK_SPEED, (f) => f(T.CRACK_SPEED)],
  ['HEAL_SPEED', T.HEAL_SPEED, (f) => f(T.HEAL_SPEED)],
  ['CAREGIVER_MONTHLY_RETENTION', T.CAREGIVER_MONTHLY_RETENTION, () => pct(1 - T.CAREGIVER_MONTHLY_RETENTION)],
  ['WARM_PATTERN_AT', T.WARM_PATTERN_AT, (f) => f(T.WARM_PATTERN_AT)],
  ['RUPTURE_PER_POINT', T.RUPTURE_PER_POINT, (f) => f(T.RUPTURE_PER_POINT)],
  ['RUPTURE_PER_POINT × 3', T.RUPTURE_PER_POINT, (f) => f(Math.round(T.RUPTURE_PER_POINT * 3 * 100) / 100)],
  ['REPAIR_MENDS', T.REPAIR_MENDS, () => pct(T.REPAIR_MENDS)],
  ['LATE_REPAIR_MENDS', T.LATE_REPAIR_MENDS, () => pct(T.LATE_REPAIR_MENDS)],
  ['REPAIRED_DAMAGE_CEILING', T.REPAIRED_DAMAGE_CEILING, (f) => f(T.REPAIRED_DAMAGE_CEILING)],
  ['WARM_CARE_SLOWS_HARDENING', T.WARM_CARE_SLOWS_HARDENING, () => pct(T.WARM_CARE_SLOWS_HARDENING)],
  ['LEAN_AT', T.LEAN_AT, (f) => f(T.LEAN_AT)],
  ['NEW_CAREGIVER_WARMTH', T.NEW_CAREGIVER_WARMTH, (f) => f(T.NEW_CAREGIVER_WARMTH)],
  ['UNSHOWN_WARMTH_MONTHLY_RETENTION', T.UNSHOWN_WARMTH_MONTHLY_RETENTION, () => pct(T.UNSHOWN_WARMTH_MONTHLY_RETENTION)],
  ['UNMET_BAND', T.UNMET_BAND, (f) => f(T.UNMET_BAND)],
  ['UNMET_NEED', T.UNMET_NEED, (f) => f(-T.UNMET_NEED)],
  ['WEAK_BELOW_PER_MONTH', T.WEAK_BELOW_PER_MONTH, (f) => f(T.WEAK_BELOW_PER_MONTH)],
  ['CATCH_UP_MONTHS_PER_YEAR', T.CATCH_UP_MONTHS_PER_YEAR, (f) => f(T.CATCH_UP_MONTHS_PER_YEAR)],
  ['ANSWER_MONTHS', T.ANSWER_MONTHS, (f) => `${f(T.ANSWER_MONTHS)} m`],
  ['SCAR_PER_HEALED', T.SCAR_PER_HEALED, (f) => `${f(T.SCAR_PER_HEALED)} `],
  ['SCAR_AGE_FROM', T.SCAR_AGE_FROM, (f) => `${f(T.SCAR_AGE_FROM)} m`],
  ['SCAR_AGE_FULL', T.SCAR_AGE_FULL, (f) => `${f(T.SCAR_AGE_FULL)} m`],
  ['SCAR_MAX', T.SCAR_MAX, (f) => `${f(T.SCAR_MAX)} (`],
];

describe("the handbook states the engine's numbers", () => {
  const body = section('numbers').body;
  it.each(stated)('%s (%s) in both languages', (_name, _v, say) => {
    expect(body.nl).toContain(say(nl));
    expect(body.en).toContain(say(en));
  });

  it('recovery (RECOVER_AT), the halving of a fresh rupture (RUPTURE_MONTHLY_FRESH) and the +1 of a repair (REPAIR_CARE) are the ones it puts in words', () => {
    expect(T.RECOVER_AT).toBe(0);
    expect(T.RUPTURE_MONTHLY_FRESH).toBe(0.5);
    expect(T.REPAIR_CARE).toBe(1);
  });

  it('says where catching up comes from, with its limits and without blame', () => {
    const rules = section('rules').body;
    for (const ref of ['Van IJzendoorn & Juffer', '1228–1245', 'Van den Dries', '410–421', 'Dozier', 'Rutter', 'Nelson']) {
      expect(rules.nl).toContain(ref);
      expect(rules.en).toContain(ref);
    }
    expect(rules.nl).toContain('niet de schuld van de (pleeg)ouders');
    expect(rules.en).toContain('not the (foster) parents’ fault');
    const numbers = section('numbers').body;
    expect(numbers.nl).not.toContain('na ruim 3 jaar op een stevige toren');
    expect(numbers.en).not.toContain('a little over 3 years');
  });

  it('says where the ideas come from, and has a page for teachers', () => {
    const rules = section('rules').body;
    expect(rules.nl).toContain('Tronick');
    expect(rules.en).toContain('Circle of Security');
    expect(section('for-teachers').body.nl).toContain('Eén opvoeder');
  });
});
