// Drawings that match the words: where a moment's text says where the child is (on your lap, in the
// bath, at the washbasin, in the shopping trolley, at the stairs), the drawing shows it, in every
// shipped level and both languages; and each level's child is drawn as themself.
import { describe, expect, it } from 'vitest';
import { loadFromDisk } from '../../src/content/node';
import { cuesIn, drawingGaps, drawingReport, moodIn, sceneFor, type MomentText } from '../../src/scenes/art/cues';
import { CHILD_LOOKS, lookFor } from '../../src/scenes/art/figures';

const content = loadFromDisk();

const moment = (nl: string, o: Partial<MomentText> = {}): MomentText => ({ place: 'living', time: 'day', setting: { nl, en: '' }, signal: { nl: '', en: '' }, ...o });

describe('the drawing follows the words', () => {
  it('every shipped moment, scenario and repair moment, is drawn as its text says (npm run -s content -- --drawings)', () => {
    const report = drawingReport(content.levels);
    expect(report.map((d) => `${d.level} ${d.moment}: ${d.gaps.map((g) => `${g.lang} ${g.cue} (drawn ${g.drawn}${g.caregiver ? `, you ${g.caregiver}` : ''} in ${g.place})`).join(', ')}`)).toEqual([]);
  });

  it('reads where the child is from the text', () => {
    const at = (nl: string, age: number, o: Partial<MomentText> = {}) => sceneFor(moment(nl, o), 'scenario', undefined, age, 'Noor').pose.child;
    expect(at('Noor zit bij jou op schoot op de bank.', 4)).toBe('lap');
    expect(at('Noor (18 maanden) staat in pyjama op het krukje bij de wastafel.', 18, { place: 'bath', time: 'evening' })).toBe('basin');
    expect(at('Noor (3 weken) gaat in bad.', 1, { place: 'bath', time: 'evening' })).toBe('bath');
    expect(at('Je staat met Noor in de rij bij de kassa. Ze zit in het winkelwagentje.', 24, { place: 'shop' })).toBe('trolley');
    expect(at('Noor (17 maanden) zit op het kleed met houten blokken.', 17)).toBe('sitting');
    expect(at('Noor (12 maanden) staat aan de bank.', 12)).toBe('standing');
    // someone else on your lap is not the child on your lap
    expect(cuesIn('Je nichtje krijgt haar avondfles bij jou op schoot. Lina kijkt vanaf de bank toe.', 'nl', 'Lina').map((c) => c.id)).not.toContain('lap');
    // the caregiver in bed is not the child in bed
    expect(cuesIn('Noor ligt op je borst. Je zit rechtop in bed.', 'nl', 'Noor').map((c) => c.id)).toEqual(['arms']);
    // at the table now, not what she said at the table before bed
    expect(at('Noor (3) tekent aan de keukentafel een poes voor oma.', 36, { place: 'kitchen' })).toBe('table');
    expect(cuesIn('Noor (3) is drawing a cat for Grandma at the kitchen table.', 'en', 'Noor').map((c) => c.id)).toEqual(['table']);
    expect(cuesIn('Je denkt terug aan wat ze aan tafel vertelde.', 'nl', 'Noor').map((c) => c.id)).not.toContain('table');
    // a toddler too young for a chair at the table sits in the high chair
    expect(at('Noor tekent aan tafel.', 10, { place: 'kitchen' })).toBe('highchair');
  });

  it('draws the shipped moments at the table at the table, and the child who learns to wait not in your arms', () => {
    const find = (level: string, id: string) => {
      const l = content.levels.find((x) => x.id === level)!;
      const i = l.scenarios.findIndex((s) => s.id === id);
      const age = l.ageMonths[0] + (i * (l.ageMonths[1] - l.ageMonths[0])) / l.scenarios.length;
      return sceneFor(l.scenarios[i], 'scenario', undefined, age, l.child.name).pose;
    };
    expect(find('phase-5-creativity', 'drawing-gone-wrong').child).toBe('table');
    expect(find('phase-5-creativity', 'puzzle-that-wont-fit').child).toBe('table');
    // she woke from her nap in the room beside and calls; you are at the stove: she is drawn there, through its door
    expect(find('phase-2-trust', 'learn-to-wait')).toMatchObject({ child: 'lying', caregiver: 'standing', props: ['next-room'] });
    // breakfast, the milk over the table: at the table, you beside her with your coffee
    expect(find('repair-adoption', 'lina-does-it-herself')).toMatchObject({ child: 'table', caregiver: 'sitting' });
    expect(find('phase-5-creativity', 'left-out-in-schoolyard').child).toBe('table');
    expect(find('repair-foster', 'hoarding-food').child).toBe('table');
    // about to go into the bath for the first time, clinging on: held at the tub, not in the water yet
    expect(find('repair-foster', 'bath-panic').child).toBe('arms');
    // on the sofa with the bottle in your arm: you sit
    expect(find('phase-1-safety', 'phone-feed')).toMatchObject({ child: 'lap', caregiver: 'sitting' });
  });

  it('draws a meal at the table, the room beside through a door, and a repair moment where it now is', () => {
    const at = (nl: string, age: number, o: Partial<MomentText> = {}) => sceneFor(moment(nl, o), 'scenario', undefined, age, 'Lina');
    expect(at('Ontbijt. Lina wil alles zelf.', 49, { place: 'kitchen' }).pose.child).toBe('table');
    expect(cuesIn('Breakfast. Lina wants to do everything herself.', 'en', 'Lina').map((c) => c.id)).toEqual(['meal']);
    expect(at('Bij het avondeten schuift ze haar eten heen en weer.', 57, { place: 'kitchen' }).pose.child).toBe('table');
    // "in de kamer" is the room drawn, except in the kitchen: there it is the room beside
    expect(at('Lina is in de kamer wakker geworden.', 4, { place: 'kitchen' }).pose.props).toEqual(['next-room']);
    expect(at('Lina bouwt in de kamer een toren.', 40, { place: 'living' }).pose.props).toBeUndefined();
    // holding your knee: standing at your side, not sitting where she played before
    expect(cuesIn('Ze klampt zich vast aan je knie.', 'nl', 'Noor').map((c) => c.id)).toEqual(['standing']);
    const level = (id: string) => content.levels.find((l) => l.id === id)!;
    const repairOf = (l: string, id: string) => {
      const s = level(l).scenarios.find((x) => x.id === id)!;
      return sceneFor(s, 'repair', s.repair, level(l).ageMonths[0], level(l).child.name);
    };
    // after dinner with you on the sofa; at bedtime with his rabbit; under the kitchen table at dinner
    expect(repairOf('phase-2-trust', 'learn-to-wait')).toMatchObject({ place: 'living', pose: { child: 'lap' } });
    expect(repairOf('repair-foster', 'after-contact-visit')).toMatchObject({ place: 'bedroom', pose: { child: 'bed' } });
    expect(repairOf('repair-adoption', 'lina-school-door')).toMatchObject({ place: 'kitchen', pose: { child: 'sitting' } });
  });

  it('gives the child the face the signal describes, and only the child', () => {
    expect(moodIn('Ze staat in haar bedje en huilt hard.', 'Noor')).toBe('crying');
    expect(moodIn('Hij huilt niet. Hij staat op en klimt weer naar boven.', 'Milan')).toBeUndefined();
    expect(moodIn('Noor rukt aan de graafmachine en duwt Sem om. Sem huilt.', 'Noor')).toBe('upset');
    expect(moodIn('Noor kijkt weg, haar lipje trilt.', 'Noor')).toBe('withdrawn');
    expect(moodIn('Ze kijkt je recht aan en zegt blij: “Ah-goe!”', 'Noor')).toBe('happy');
    expect(moodIn('Ze hikt nog van het huilen.', 'Noor')).toBeUndefined();
    // grizzling, heard from the kitchen: cross, not calm (and not crying yet)
    expect(moodIn('Je hoort haar mopperen, in korte stootjes. Het wordt harder, maar ze huilt nog niet.', 'Noor')).toBe('upset');
    // a content pose's mood still wins over the words
    expect(sceneFor(moment('x', { signal: { nl: 'Ze huilt.', en: '' }, pose: { mood: 'withdrawn' } }), 'scenario', undefined, 12, 'Noor').pose.mood).toBe('withdrawn');
  });

  it('draws a repair moment where its own text puts it, later in the day', () => {
    const s = { ...moment('Noor wil fietsen zonder zijwieltjes. Met haar helm op rijdt ze op het pleintje.', { place: 'street' }), id: 'bike' };
    const repair = { setting: { nl: '’s Avonds in bad kijkt Noor naar de pleister op haar knie.', en: 'In the bath that evening Noor looks at the plaster on her knee.' }, signal: { nl: '', en: '' } };
    expect(sceneFor(s, 'scenario', undefined, 52, 'Noor').pose.child).toBe('bike');
    const later = sceneFor(s, 'repair', repair, 52, 'Noor');
    expect(later).toMatchObject({ place: 'bath', time: 'evening', pose: { child: 'bath' } });
  });

  it('lists a moment whose pose hint contradicts its text, in either language', () => {
    const wrong = moment('Noor zit op je schoot en bekijkt haar tenen.', {
      pose: { child: 'standing' },
      setting: { nl: 'Noor zit op je schoot en bekijkt haar tenen.', en: 'Noor sits on your lap looking at her toes.' },
    });
    const gaps = drawingGaps(wrong, 'scenario', undefined, 20, 'Noor');
    expect(gaps.map((g) => `${g.lang}:${g.cue}:${g.drawn}`)).toEqual(['nl:lap:standing', 'en:lap:standing']);
    const bath = moment('Noor staat op het krukje bij de wastafel.', { place: 'bath', pose: { child: 'bath' } });
    expect(drawingGaps(bath, 'scenario', undefined, 20, 'Noor').map((g) => g.cue)).toEqual(['basin']);
    // stairs named in a room that has none: the stage brings them in, and the check sees them
    const stairs = moment('Het traphekje staat open. Noor kruipt naar de trap.');
    expect(sceneFor(stairs, 'scenario', undefined, 11, 'Noor').pose.props).toEqual(['stairs']);
    expect(drawingGaps(stairs, 'scenario', undefined, 11, 'Noor')).toEqual([]);
  });
});

describe('where you are, lying in bed, up on the sofa', () => {
  const level = (id: string) => content.levels.find((l) => l.id === id)!;
  const drawn = (l: string, id: string, kind: 'scenario' | 'repair' = 'scenario') => {
    const lv = level(l);
    const s = lv.scenarios.find((x) => x.id === id)!;
    return sceneFor(s, kind, s.repair, lv.ageMonths[0], lv.child.name);
  };

  it('draws you where the text puts you: sitting up in bed with her on your chest, beside the cot, in the hall', () => {
    expect(drawn('phase-1-safety', 'night-feed', 'repair').pose).toMatchObject({ child: 'lap', caregiver: 'sitting' });
    expect(drawn('phase-3-confidence', 'night-wake-cot', 'repair').pose).toMatchObject({ child: 'cot', caregiver: 'sitting' });
    expect(drawn('repair-adoption', 'lina-first-nights', 'repair').pose.caregiver).toBe('standing');
    // a pose hint that has you kneel where the text has you sit is listed, in both languages
    const wrong = moment('Jij zit op de bank. Noor kruipt naar de gang.', {
      pose: { caregiver: 'kneeling' },
      setting: { nl: 'Jij zit op de bank. Noor kruipt naar de gang.', en: 'You’re sitting on the sofa. Noor crawls to the hall.' },
    });
    expect(drawingGaps(wrong, 'scenario', undefined, 10, 'Noor').map((g) => `${g.lang}:${g.cue}:${g.caregiver}`)).toEqual(['nl:you-sit:kneeling', 'en:you-sit:kneeling']);
  });

  it('lies a child down in bed where the text says she lies, and sits her up where she sits up', () => {
    expect(drawn('repair-foster', 'foster-first-night').pose).toMatchObject({ child: 'bed', lie: true });
    expect(drawn('phase-5-creativity', 'left-out-in-schoolyard', 'repair').pose).toMatchObject({ child: 'bed', lie: true });
    // "Noor ligt in bed" and then, in the signal, "Ze zit rechtop": sitting up
    expect(drawn('phase-4-autonomy', 'bedtime-one-more').pose.lie).toBeUndefined();
    expect(drawn('repair-adoption', 'lina-nightmare').pose.lie).toBeUndefined();
    const sits = moment('Milan ligt in zijn bed.', { place: 'bedroom', time: 'night', pose: { child: 'bed' } });
    expect(sceneFor(sits, 'scenario', undefined, 30, 'Milan').pose.lie).toBe(true);
  });

  it('sits a child on the sofa where the text puts her there', () => {
    expect(drawn('phase-5-creativity', 'who-is-the-mum', 'repair')).toMatchObject({ place: 'living', pose: { child: 'sitting', sofa: true } });
    expect(cuesIn('Lina kijkt vanaf de bank toe.', 'nl', 'Lina').map((c) => c.id)).toEqual([]);
  });
});

describe('the place a text names is the place drawn', () => {
  it('lists a moment drawn somewhere else than the place its text names, but not where you are elsewhere', () => {
    const wrong = moment('Noor speelt in de speeltuin.', { place: 'living', setting: { nl: 'Noor speelt in de speeltuin.', en: 'Noor is playing in the playground.' } });
    expect(drawingGaps(wrong, 'scenario', undefined, 30, 'Noor').map((g) => `${g.lang}:${g.cue}:${g.place}`)).toEqual(['nl:playground:living', 'en:playground:living']);
    // you cook in the kitchen, she plays on the rug: the picture is hers
    const apart = moment('Noor zit op het kleed met blokken. Jij staat in de keuken te koken.', {
      place: 'living',
      setting: { nl: 'Noor zit op het kleed met blokken. Jij staat in de keuken te koken.', en: 'Noor is sitting on the rug with blocks. You’re cooking in the kitchen.' },
    });
    expect(drawingGaps(apart, 'scenario', undefined, 17, 'Noor').map((g) => g.cue)).not.toContain('kitchen');
  });
});

describe('what the signal turns on is in the picture', () => {
  it('draws the bottle, the dog, the tablet and the spilt milk the texts name', () => {
    const props = (l: string, id: string) => {
      const lv = content.levels.find((x) => x.id === l)!;
      const s = lv.scenarios.find((x) => x.id === id)!;
      return sceneFor(s, 'scenario', undefined, lv.ageMonths[0], lv.child.name).pose.props;
    };
    expect(props('phase-1-safety', 'phone-feed')).toEqual(['bottle']);
    expect(props('phase-2-trust', 'dog-across-street')).toEqual(['dog-far']);
    expect(props('phase-3-confidence', 'dog-in-the-park')).toEqual(['dog']);
    expect(props('phase-4-autonomy', 'tablet-one-more')).toEqual(['tablet']);
    expect(props('repair-adoption', 'lina-does-it-herself')).toEqual(['spill']);
    // the niece on your lap gets her bottle while Lina watches: both in the picture
    expect(props('repair-adoption', 'lina-bottle')).toEqual(['bottle', 'baby-on-lap']);
    // behind the shower curtain, looking at the floor: half hidden, withdrawn
    expect(props('phase-4-autonomy', 'potty-wet-trousers')).toEqual(['curtain']);
    expect(moodIn('Haar broek is nat. Ze kijkt naar de grond en zegt zacht: “Niet kijken.”', 'Noor')).toBe('withdrawn');
  });

  it('lists spilt milk where the child is not at the table to show it', () => {
    const standing = moment('Lina staat in de keuken. De melk loopt over de tafel.', { place: 'kitchen', pose: { child: 'standing' } });
    expect(drawingGaps(standing, 'scenario', undefined, 50, 'Lina').map((g) => g.cue)).toEqual(['spill']);
    const seated = moment('De melk loopt over de tafel.', { place: 'kitchen', pose: { child: 'table', caregiver: 'sitting' } });
    expect(drawingGaps(seated, 'scenario', undefined, 50, 'Lina')).toEqual([]);
  });
});

describe('each child looks like themself', () => {
  it('Noor, Milan and Lina differ in skin, hair and clothes', () => {
    const names = [...new Set(content.levels.map((l) => l.child.name))].sort();
    expect(names).toEqual(['Lina', 'Milan', 'Noor']);
    const looks = names.map((n) => lookFor(n));
    for (let i = 0; i < looks.length; i++) {
      for (let j = i + 1; j < looks.length; j++) {
        const [a, b] = [looks[i], looks[j]];
        expect(a.skin, `${names[i]} / ${names[j]} skin`).not.toBe(b.skin);
        expect(a.cut, `${names[i]} / ${names[j]} hair`).not.toBe(b.cut);
        expect(a.tee, `${names[i]} / ${names[j]} clothes`).not.toBe(b.tee);
        expect(a.trousers, `${names[i]} / ${names[j]} clothes`).not.toBe(b.trousers);
      }
    }
    // every shipped child has a look of their own; a new name gets one of them, always the same
    for (const n of names) expect(CHILD_LOOKS[n]).toBeDefined();
    expect(lookFor('Sam')).toBe(lookFor('Sam'));
  });
});
