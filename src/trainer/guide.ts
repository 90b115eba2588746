// The lecturer's guide as a document: one pure outline built from assets/content/guide.yaml and
// the levels, which the game shows in a scrolling page (scenes/Guide.ts) and this file also writes
// as a self-contained HTML page to print or keep. Everything is escaped: texts are text, never markup,
// except the *…* that marks italics in a reference.
import type { GuideT, Lang, LevelT, TextT } from '../content/schema';
import { fallbackOrder } from '../content/langs';
import { esc, type Words } from './report';

export type Block =
  | { kind: 'p'; text: string; lead?: string; soft?: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'h3' | 'h4'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'dl'; items: { term: string; desc: string }[] }
  | { kind: 'examples'; items: { text: string; id: string }[] }
  | { kind: 'table'; caption: string; head: string[]; rows: { head: string; cells: string[] }[] }
  | { kind: 'steps'; items: { time: string; title: string; body: string }[] }
  | { kind: 'refs'; items: { apa: string; note?: string }[] };

interface Section {
  /** An anchor: "guide-…", unique in the page. */
  id: string;
  title: string;
  blocks: Block[];
}

export interface GuideDoc {
  lang: Lang;
  title: string;
  sections: Section[];
}

/** A content text in `lang`, or the other language when it is missing (the check reports that). */
const pick = (t: TextT | undefined, lang: Lang) =>
  t
    ? (fallbackOrder(lang)
        .map((l) => t[l])
        .find((s) => s !== undefined) ?? '')
    : '';

/** Paragraphs and "- " lists, as the handbook writes them. */
export function prose(text: string): Block[] {
  const out: Block[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    const lines = para
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const lead = lines.filter((l) => !l.startsWith('- '));
    const items = lines.filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
    if (lead.length) out.push({ kind: 'p', text: lead.join(' ') });
    if (items.length) out.push({ kind: 'list', items });
  }
  return out;
}

/** The whole guide in one language. */
export function guideDoc(guide: GuideT, levels: LevelT[], lang: Lang, t: Words): GuideDoc {
  const p = (x: TextT | undefined) => pick(x, lang);
  const sections: Section[] = [];
  sections.push({ id: 'guide-about', title: t('guide.about'), blocks: prose(p(guide.intro)) });
  sections.push({
    id: 'guide-skills',
    title: t('guide.skills'),
    blocks: [{ kind: 'dl', items: guide.skills.map((s) => ({ term: p(s.name), desc: p(s.description) })) }],
  });
  const skillName = (id: string) => p(guide.skills.find((s) => s.id === id)?.name) || id;

  for (const level of [...levels].sort((a, b) => a.order - b.order)) {
    const entry = guide.levels.find((l) => l.level === level.id);
    if (!entry) continue;
    const blocks: Block[] = [
      { kind: 'p', text: t('guide.levelId', { id: level.id }), soft: true },
      { kind: 'h3', text: t('guide.outcomes') },
      { kind: 'list', items: entry.outcomes.map(p) },
    ];
    for (const q of [...entry.questions].sort((a, b) => a.question - b.question)) {
      const asked = level.questions[q.question - 1];
      if (!asked) continue;
      blocks.push(
        { kind: 'h3', text: t('guide.question', { n: q.question }) },
        { kind: 'quote', text: p(asked) },
        { kind: 'h4', text: t('guide.answer') },
        { kind: 'p', text: p(q.answer) },
        { kind: 'h4', text: t('guide.misconceptions') },
        { kind: 'list', items: q.misconceptions.map(p) },
      );
    }
    blocks.push({ kind: 'h3', text: t('guide.skillsShown') });
    for (const s of entry.skills) {
      const examples = s.examples.flatMap((ex) => {
        const [sid, rid] = ex.split('/');
        const scenario = level.scenarios.find((x) => x.id === sid);
        const r = scenario?.responses.find((x) => x.id === rid) ?? scenario?.repair?.responses.find((x) => x.id === rid);
        return r ? [{ text: `“${p(r.text)}”`, id: ex }] : [];
      });
      blocks.push({ kind: 'h4', text: skillName(s.skill) }, { kind: 'p', text: p(s.note) }, { kind: 'examples', items: examples });
    }
    sections.push({ id: `guide-${level.id}`, title: p(level.title), blocks });
  }

  const r = guide.rubric;
  sections.push({
    id: 'guide-rubric',
    title: t('guide.rubric'),
    blocks: [
      ...prose(p(r.intro)),
      {
        kind: 'table',
        caption: t('guide.rubricTable'),
        head: [t('guide.criterion'), ...r.levels.map((l) => p(l.title))],
        rows: r.criteria.map((c) => ({ head: p(c.title), cells: c.descriptors.map(p) })),
      },
      { kind: 'h3', text: t('guide.rubricExamples') },
      ...r.levels.flatMap((l): Block[] => [
        { kind: 'h4', text: p(l.title) },
        { kind: 'p', text: p(l.summary) },
        { kind: 'quote', text: p(l.example) },
      ]),
    ],
  });

  for (const lesson of guide.lessons) {
    let at = 0;
    const items = lesson.steps.map((s) => {
      const time = t('guide.minutes', { from: at, to: at + s.minutes });
      at += s.minutes;
      return { time, title: p(s.title), body: p(s.body) };
    });
    sections.push({
      id: `guide-${lesson.id}`,
      title: p(lesson.title),
      blocks: [
        { kind: 'h3', text: t('guide.homework') },
        { kind: 'p', text: p(lesson.homework) },
        { kind: 'h3', text: t('guide.inClass') },
        { kind: 'steps', items },
      ],
    });
  }

  sections.push({
    id: 'guide-critical',
    title: p(guide.critical.title),
    blocks: [{ kind: 'quote', text: p(guide.critical.question) }, ...prose(p(guide.critical.body))],
  });
  sections.push({
    id: 'guide-references',
    title: t('guide.references'),
    blocks: [{ kind: 'refs', items: guide.references.map((x) => ({ apa: p(x.apa), note: x.note ? p(x.note) : undefined })) }],
  });
  return { lang, title: p(guide.title) || t('guide.title'), sections };
}

/** Text with *italics*: the parts in order, each marked whether it is italic. */
export function inlineParts(s: string): { text: string; em: boolean }[] {
  return s
    .split(/(\*[^*\n]+\*)/)
    .filter(Boolean)
    .map((x) => (/^\*[^*]+\*$/.test(x) ? { text: x.slice(1, -1), em: true } : { text: x, em: false }));
}

const inline = (s: string) =>
  inlineParts(s)
    .map((x) => (x.em ? `<em>${esc(x.text)}</em>` : esc(x.text)))
    .join('');

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'p':
      return `<p${b.soft ? ' class="soft"' : ''}>${b.lead ? `<strong>${esc(b.lead)}</strong> ` : ''}${inline(b.text)}</p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`;
    case 'h3':
    case 'h4':
      return `<${b.kind}>${esc(b.text)}</${b.kind}>`;
    case 'quote':
      return `<blockquote>${inline(b.text)}</blockquote>`;
    case 'dl':
      return `<dl>${b.items.map((i) => `<dt>${esc(i.term)}</dt><dd>${inline(i.desc)}</dd>`).join('')}</dl>`;
    case 'examples':
      return `<ul class="examples">${b.items.map((i) => `<li>${esc(i.text)} <code>${esc(i.id)}</code></li>`).join('')}</ul>`;
    case 'table':
      return `<table class="rubric"><caption>${esc(b.caption)}</caption><thead><tr>${b.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr><th scope="row">${esc(r.head)}</th>${r.cells.map((c, i) => `<td data-label="${esc(b.head[i + 1] ?? '')}">${inline(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    case 'steps':
      return `<ol class="steps">${b.items.map((i) => `<li><strong>${esc(i.time)} · ${esc(i.title)}</strong><br>${inline(i.body)}</li>`).join('')}</ol>`;
    case 'refs':
      return `<ul class="refs">${b.items.map((i) => `<li>${inline(i.apa)}${i.note ? `<br><span class="soft">${inline(i.note)}</span>` : ''}</li>`).join('')}</ul>`;
  }
}

/** A page made to be printed or saved as PDF: contents, every section, the model's credit. */
export function guideHtml(doc: GuideDoc, t: Words, date = new Date()): string {
  const toc = doc.sections.map((s) => `<li><a href="#${esc(s.id)}">${esc(s.title)}</a></li>`).join('');
  const body = doc.sections
    .map((s) => `<section id="${esc(s.id)}" aria-labelledby="${esc(s.id)}-h"><h2 id="${esc(s.id)}-h">${esc(s.title)}</h2>${s.blocks.map(blockHtml).join('\n')}</section>`)
    .join('\n');
  return `<!doctype html><html lang="${doc.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>${esc(doc.title)} · Bouwstenen</title>
<style>
body{font-family:"Atkinson Hyperlegible",system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#33313d;background:#fff}
h1{margin-bottom:.3rem}h2{border-bottom:2px solid #c8694a;padding-bottom:.2rem;margin-top:2.2rem}h3{margin:1.4rem 0 .3rem}h4{margin:1rem 0 .2rem}
blockquote{margin:.5rem 0;padding:.4rem .8rem;border-left:4px solid #c8694a;background:#fbf5ec}
.soft{color:#5c5866}code{font-size:.85em;color:#5c5866}
dt{font-weight:bold;margin-top:.6rem}dd{margin:.1rem 0 0 1rem}
table{border-collapse:collapse;width:100%;margin:.6rem 0}caption{text-align:left;font-weight:bold;padding:.3rem 0}
td,th{border:1px solid #ddd;padding:.35rem .45rem;vertical-align:top;text-align:left}thead th{background:#f6efe4}tbody th{background:#fbf7f0}table.rubric{table-layout:fixed}thead th:first-child{width:19%}
ol.steps li,ul.refs li,ul.examples li{margin:.45rem 0}ul.refs{list-style:none;padding-left:0}ul.refs li{padding-left:2em;text-indent:-2em}ul.refs li .soft{display:inline-block;text-indent:0}
nav ol{columns:2;column-gap:2rem}
.print{font:inherit;font-weight:bold;padding:.5rem 1.1rem;margin:.5rem 0;border:2px solid #a9502f;border-radius:10px;background:#a9502f;color:#fff;cursor:pointer}
.print:focus-visible,a:focus-visible{outline:3px solid #1f5fbf;outline-offset:2px}
@media (max-width:600px){nav ol{columns:1}table.rubric,table.rubric caption,table.rubric tbody,table.rubric tr,table.rubric td,table.rubric th{display:block;width:auto}table.rubric thead{display:none}table.rubric td::before{content:attr(data-label) ": ";font-weight:bold}}
@media print{.print{display:none}body{margin:0;max-width:none;font-size:11pt}section{break-before:page}section:first-of-type{break-before:auto}h2,h3,h4{break-after:avoid}tr,li,blockquote{break-inside:avoid}a{color:inherit;text-decoration:none}}
</style></head><body>
<header><h1>${esc(doc.title)}</h1>
<p class="soft">${esc(t('guide.printMeta', { date: date.toISOString().slice(0, 10) }))}</p>
<button class="print" type="button" onclick="print()">${esc(t('guide.printButton'))}</button></header>
<nav aria-label="${esc(t('guide.contents'))}"><h2>${esc(t('guide.contents'))}</h2><ol>${toc}</ol></nav>
<main>
${body}
</main>
<footer><p class="soft"><small>${esc(t('game.credit'))}</small></p></footer>
</body></html>`;
}
