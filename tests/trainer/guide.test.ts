// The guide as a document and as a page to print: every level and question under its heading,
// in the language asked for, text escaped (only *…* becomes italics).
import { describe, expect, it } from 'vitest';
import { loadFromDisk } from '../../src/content/node';
import { guideDoc, guideHtml, inlineParts, prose } from '../../src/trainer/guide';

const content = loadFromDisk();
const words = (lang: 'nl' | 'en') => (key: string, p?: Record<string, string | number>) => {
  const s = content.locales[lang][key] ?? key;
  return p ? s.replace(/\{(\w+)\}/g, (_, k) => String(p[k])) : s;
};

describe('the guide document', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`${lang}: a section per level with its questions quoted from the level, and the rest`, () => {
      const doc = guideDoc(content.guide!, content.levels, lang, words(lang));
      expect(doc.sections).toHaveLength(2 + content.levels.length + 1 + content.guide!.lessons.length + 2);
      for (const level of content.levels) {
        const s = doc.sections.find((x) => x.id === `guide-${level.id}`)!;
        expect(s.title).toBe(level.title[lang]);
        const quotes = s.blocks.filter((b) => b.kind === 'quote').map((b) => (b as { text: string }).text);
        expect(quotes).toEqual(level.questions.map((q) => q[lang]));
        // examples show the response as the player saw it
        const examples = s.blocks.flatMap((b) => (b.kind === 'examples' ? b.items : []));
        expect(examples.length).toBeGreaterThanOrEqual(3);
        for (const e of examples) expect(e.text).toMatch(/^“.+”$/);
      }
      const lesson = doc.sections.find((x) => x.id === 'guide-lesson-50')!;
      const steps = lesson.blocks.find((b) => b.kind === 'steps')!;
      expect(steps.kind === 'steps' && steps.items.at(-1)!.time).toBe('47–50 min');
    });
  }

  it('the print page has one h1, a heading per section, and the references in italics where APA puts them', () => {
    const doc = guideDoc(content.guide!, content.levels, 'en', words('en'));
    const html = guideHtml(doc, words('en'), new Date('2026-01-02T00:00:00Z'));
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<html lang="en">');
    expect(html.match(/<section id="guide-/g)).toHaveLength(doc.sections.length);
    expect(html).toContain('<em>Patterns of attachment: A psychological study of the strange situation</em>');
    expect(html).toContain('made on 2026-01-02');
    expect(html).not.toMatch(/\*[A-Z]/);
  });

  it('escapes text and turns only *…* into italics', () => {
    const doc = { lang: 'nl' as const, title: '<b>x</b>', sections: [{ id: 'guide-a', title: 'A & B', blocks: [{ kind: 'p' as const, text: '<script>alert(1)</script> *boek* en 2 * 3' }] }] };
    const html = guideHtml(doc, words('nl'));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; <em>boek</em> en 2 * 3');
    expect(html).toContain('<title>&lt;b&gt;x&lt;/b&gt; · Bouwstenen</title>');
    expect(html).toContain('A &amp; B');
    expect(inlineParts('a *b* c')).toEqual([
      { text: 'a ', em: false },
      { text: 'b', em: true },
      { text: ' c', em: false },
    ]);
  });

  it('reads paragraphs and "- " lists as the handbook writes them', () => {
    expect(prose('Een.\n\nLijst:\n- a\n- b\n\nTwee')).toEqual([
      { kind: 'p', text: 'Een.' },
      { kind: 'p', text: 'Lijst:' },
      { kind: 'list', items: ['a', 'b'] },
      { kind: 'p', text: 'Twee' },
    ]);
  });
});
