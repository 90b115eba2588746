// The lecturer's guide ("Handleiding voor docenten"): learning outcomes, answer indications per
// debrief question, the rubric, lesson plans, a critical question and references, as one long page
// of real HTML (headings, lists, a table) that scrolls, zooms and reads well with a screen reader,
// on a phone and on a projector. A print view opens the same document as a page of its own.
import { app } from '../game/app';
import { download } from '../ui/download';
import { LANGS, nextLang, type Lang } from '../content/langs';
import { loadGuideContent } from '../services/content';
import { getLang, t, tIn } from '../services/i18n';
import { guideDoc, guideHtml, inlineParts, type Block, type GuideDoc } from '../trainer/guide';
import { el, openSheet, sheetFont } from '../ui/sheet';
import { isProjector } from '../ui/theme';
import { BaseScene } from './base';
import type { Route, Routes } from './routes';
import { failed } from '../services/failure';

const STYLE = `
#a11y .sheet.guide { padding-left: 0; padding-right: 0; }
#a11y .sheet.guide .page { max-width: 46em; margin: 0 auto; padding: 0 20px; }
#a11y .sheet.guide .tools { display: flex; flex-wrap: wrap; gap: .2em .4em; align-items: center; }
#a11y .sheet.guide nav ol { columns: 2 16em; column-gap: 2em; padding-left: 1.4em; }
#a11y .sheet.guide nav li { margin: 0; break-inside: avoid; }
/* each chapter a 44 px target to tap, at every text size (a list of links, not words in a sentence) */
#a11y .sheet.guide nav li a { display: inline-flex; align-items: center; min-height: 44px; }
#a11y .sheet.guide section { border-top: 2px solid var(--accent); margin-top: 1.6em; padding-top: .2em; }
#a11y .sheet.guide h4 { margin: .9em 0 .2em; font-size: 1em; }
#a11y .sheet.guide dt { font-weight: bold; margin-top: .6em; }
#a11y .sheet.guide dd { margin: .1em 0 0 1em; }
#a11y .sheet.guide li { margin: .3em 0; }
#a11y .sheet.guide ul.examples code { font-size: .8em; }
#a11y .sheet.guide ul.refs { list-style: none; padding-left: 0; }
#a11y .sheet.guide ul.refs li { padding-left: 2em; text-indent: -2em; }
#a11y .sheet.guide ul.refs li .soft { display: inline-block; text-indent: 0; }
#a11y .sheet.guide h2, #a11y .sheet.guide h3 { scroll-margin-top: .5em; }
#a11y .sheet.guide caption { text-align: left; font-weight: bold; padding: .3em 0; }
#a11y .sheet.guide table.rubric { table-layout: fixed; }
#a11y .sheet.guide thead th:first-child { width: 19%; }
/* the sheet's palette (ui/sheet.ts), high contrast included */
#a11y .sheet.guide tbody th { background: var(--head); }
#a11y .sheet.guide td, #a11y .sheet.guide th { border: 1px solid var(--line); }
@media (max-width: 700px) {
  #a11y .sheet.guide .page { padding: 0 10px; }
  #a11y .sheet.guide table.rubric, #a11y .sheet.guide table.rubric caption, #a11y .sheet.guide table.rubric tbody, #a11y .sheet.guide table.rubric tr,
  #a11y .sheet.guide table.rubric td, #a11y .sheet.guide table.rubric th { display: block; width: auto; }
  #a11y .sheet.guide table.rubric thead { display: none; }
  #a11y .sheet.guide table.rubric td::before { content: attr(data-label) ": "; font-weight: bold; }
}`;

let styled = false;
/** The document per language, built once a visit. */
const built = new Map<Lang, GuideDoc>();
let problem = '';

export class Guide extends BaseScene {
  /** Where the guide was opened from (with that screen's data). */
  private back: Route = { key: 'Trainer' };
  private lang: Lang = 'nl';

  constructor() {
    super('Guide');
  }

  protected init2(data?: Routes['Guide']) {
    if (data?.back) this.back = data.back;
    this.lang = data?.lang ?? getLang();
  }

  protected restartData(): Routes['Guide'] {
    return { back: this.back, lang: this.lang };
  }

  title() {
    return t('guide.title');
  }

  protected onEscape() {
    this.goTo(this.back);
  }

  build() {
    const hh = this.header(t('guide.title'), { label: t('ui.back'), onClick: () => this.onEscape() });
    if (!styled) {
      styled = true;
      document.head.append(el('style', { id: 'guide-style' }, STYLE));
    }
    const m = this.W < 600 ? 6 : 16;
    const sheet = openSheet({ x: m, y: hh + m, w: this.W - 2 * m, h: this.H - hh - 2 * m }, t('guide.title'));
    sheet.classList.add('guide');
    // the page scrolls by keyboard too once it has focus (Tab from the back button)
    sheet.tabIndex = 0;
    // larger on a projector, where the class reads along from the back of the room
    const base = isProjector(this.W) ? 24 : this.W >= 1100 ? 19 : this.W < 600 ? 16 : 18;
    sheet.style.fontSize = sheetFont(base, this.W - 2 * m);
    const page = el('div', { class: 'page', lang: this.lang });
    sheet.append(page);

    const doc = built.get(this.lang);
    if (!doc) {
      page.append(el('p', { role: 'status', class: problem ? 'error' : 'soft' }, problem ? t('guide.failed', { first: problem }) : t('guide.loading')));
      if (!problem) void this.fetchGuide().catch(failed);
      this.story(problem ? t('guide.failed', { first: problem }) : t('guide.loading'));
      return;
    }
    this.render(page, doc);
    this.story(`${doc.title}. ${t('guide.intro')}`);
  }

  /** Load the guide once, then show it (the scene builds itself again). */
  private async fetchGuide() {
    const { guide, errors } = await loadGuideContent(app.content.levels);
    if (guide) {
      for (const lang of LANGS)
        built.set(
          lang,
          guideDoc(guide, app.content.levels, lang, (k, p) => tIn(lang, k, p)),
        );
    } else {
      problem = errors.length ? `${errors[0].file}: ${errors[0].field} ${errors[0].message}` : 'content/guide.yaml';
    }
    if (this.scene.isActive()) this.scene.restart(this.restartData());
  }

  private render(page: HTMLElement, doc: GuideDoc) {
    const w = (key: string, p?: Record<string, string | number>) => tIn(doc.lang, key, p);
    const other = nextLang(doc.lang);
    const print = el('button', { type: 'button', class: 'primary', id: 'guide-print', 'aria-describedby': 'guide-print-hint' }, t('guide.print'));
    print.addEventListener('click', () => this.print(doc));
    const save = el('button', { type: 'button', id: 'guide-download' }, t('guide.download'));
    save.addEventListener('click', () => download(this.fileName(doc), guideHtml(doc, w), 'text/html;charset=utf-8'));
    const switchLang = el('button', { type: 'button', id: 'guide-lang', lang: other }, t('guide.otherLang'));
    switchLang.addEventListener('click', () => this.scene.restart({ ...this.restartData(), lang: other }));
    page.append(el('p', {}, t('guide.intro')), el('div', { class: 'tools' }, print, save, switchLang), el('p', { class: 'soft', id: 'guide-print-hint' }, t('guide.printHint')));

    // contents: links that move focus to their section's heading, so keyboard and screen reader follow
    const headings = new Map<string, HTMLElement>();
    const toc = el('ol', {});
    for (const s of doc.sections) {
      const a = el('a', { href: `#${s.id}` }, s.title);
      a.addEventListener('click', (e) => {
        e.preventDefault();
        const h = headings.get(s.id);
        h?.focus({ preventScroll: true });
        h?.scrollIntoView({ block: 'start' });
      });
      toc.append(el('li', {}, a));
    }
    page.append(el('nav', { 'aria-labelledby': 'guide-contents' }, el('h2', { id: 'guide-contents' }, w('guide.contents')), toc));

    for (const s of doc.sections) {
      const h = el('h2', { id: s.id, tabindex: '-1' }, s.title);
      headings.set(s.id, h);
      const section = el('section', { 'aria-labelledby': s.id }, h, ...s.blocks.map((b) => blockEl(b)));
      page.append(section);
    }
    page.append(el('p', { class: 'soft' }, el('small', {}, w('game.credit'))));
  }

  private fileName(doc: GuideDoc) {
    return `${tIn(doc.lang, 'guide.fileName')}-${doc.lang}.html`;
  }

  /** The print view: the guide as a page of its own in a new tab; a download when the tab is blocked. */
  private print(doc: GuideDoc) {
    const html = guideHtml(doc, (k, p) => tIn(doc.lang, k, p));
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
    const opened = window.open(url, '_blank');
    if (opened) {
      // the page is ours and holds no script of a stranger, but it needs no way back to the game
      opened.opener = null;
      window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } else {
      URL.revokeObjectURL(url);
      download(this.fileName(doc), html, 'text/html;charset=utf-8');
      this.toast(t('guide.popupBlocked'));
    }
  }
}

/** Text with *italics* as nodes (never as markup). */
const inline = (s: string) => inlineParts(s).map((x) => (x.em ? el('em', {}, x.text) : x.text));

function blockEl(b: Block): HTMLElement {
  switch (b.kind) {
    case 'p':
      return el('p', { class: b.soft ? 'soft' : false }, b.lead ? el('strong', {}, `${b.lead} `) : null, ...inline(b.text));
    case 'list':
      return el('ul', {}, ...b.items.map((i) => el('li', {}, ...inline(i))));
    case 'h3':
    case 'h4':
      return el(b.kind, {}, b.text);
    case 'quote':
      return el('blockquote', {}, ...inline(b.text));
    case 'dl':
      return el('dl', {}, ...b.items.flatMap((i) => [el('dt', {}, i.term), el('dd', {}, ...inline(i.desc))]));
    case 'examples':
      return el('ul', { class: 'examples' }, ...b.items.map((i) => el('li', {}, `${i.text} `, el('code', {}, i.id))));
    case 'table':
      return el(
        'div',
        { class: 'scroll-x' },
        el(
          'table',
          { class: 'rubric' },
          el('caption', {}, b.caption),
          el('thead', {}, el('tr', {}, ...b.head.map((h) => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, ...b.rows.map((r) => el('tr', {}, el('th', { scope: 'row' }, r.head), ...r.cells.map((c, i) => el('td', { 'data-label': b.head[i + 1] ?? '' }, ...inline(c)))))),
        ),
      );
    case 'steps':
      return el('ol', { class: 'steps' }, ...b.items.map((i) => el('li', {}, el('strong', {}, `${i.time} · ${i.title}`), el('br'), ...inline(i.body))));
    case 'refs':
      return el('ul', { class: 'refs' }, ...b.items.map((i) => el('li', {}, ...inline(i.apa), ...(i.note ? [el('br'), el('span', { class: 'soft' }, ...inline(i.note))] : []))));
  }
}
