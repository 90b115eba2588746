// The handbook: the model explained, section by section, with the game's own choices marked. The
// first section has a drawing of the two towers side by side, drawn by the game's own tower view.
import { app } from '../game/app';
import { fromSpec } from '../model';
import { t, tx } from '../services/i18n';
import type { Rect } from '../services/a11y';
import { palette, TAP } from '../ui/theme';
import { TowerView } from '../ui/tower';
import { BaseScene } from './base';
import type { Routes, SceneKey } from './routes';
import { measureText } from '../ui/measure';
import { fitBlock } from '../ui/fit';

export class Handbook extends BaseScene {
  private section = 0;
  private page = 0;
  private from: SceneKey = 'Title';

  constructor() {
    super('Handbook');
  }

  protected init2(data?: Routes['Handbook']) {
    this.section = data?.section ?? -1;
    this.page = data?.page ?? 0;
    this.from = data?.from ?? this.from;
  }

  protected restartData() {
    return { section: this.section, page: this.page, from: this.from };
  }

  title() {
    return t('ui.handbook');
  }

  protected onEscape() {
    this.go(this.from);
  }

  private show(section: number, page = 0) {
    this.scene.restart({ section, page, from: this.from });
  }

  build() {
    const { W, H, S } = this;
    const p = palette();
    const sections = app.content.handbook?.sections ?? [];
    const hh = this.header(t('ui.handbook'), { label: t('ui.back'), onClick: () => this.onEscape() });
    if (!sections.length) return;
    const m = 14;
    const portrait = this.portrait;
    // a phone on its side: the contents on a page of their own too, in two columns, so each keeps a full tap height
    // (by the window's height, as portrait is: a page grown for the list stays on its side)
    const short = !portrait && this.viewH < 480;
    const ownPage = portrait || short;
    // (a projector gives the list more width, so its titles keep a large size on two lines)
    const listW = ownPage ? 0 : this.projector ? Math.min(440, W * 0.23) : Math.min(320, W * 0.28);
    // the contents: beside the text on a wide screen; on a phone a page of its own (section -1)
    if (!ownPage || this.section < 0) {
      const cols = short ? 2 : 1;
      const rows = Math.ceil(sections.length / cols);
      const w = ownPage ? (W - 2 * m - (cols - 1) * m) / cols : listW;
      // a phone has room for full-size targets; beside the text the list must fit the height
      const fit = Math.min(Math.max(36, S * (portrait || this.projector ? 2.4 : 1.9)), (H - hh - 2 * m) / rows - 6);
      const bh = ownPage ? Math.max(TAP, fit) : fit;
      // one text size for the whole list (the size its longest title fits at): on a projector a
      // list whose labels each shrank to their own width read as uneven
      const pad = Math.round(S * 0.8 * 0.6);
      const size = Math.min(...sections.map((s) => fitBlock(this, tx(s.title), w - 2 * pad, bh - 4, S * 0.8)));
      sections.forEach((s, i) => {
        const [col, row] = [Math.floor(i / rows), i % rows];
        this.button({
          rect: { x: m + col * (w + m), y: hh + m + row * (bh + 6), w, h: bh },
          label: tx(s.title),
          pressed: i === this.section,
          size,
          onClick: () => this.show(i),
          id: `section-${s.id}`,
        });
      });
      if (ownPage) {
        this.story(sections.map((s) => tx(s.title)).join('. '));
        return;
      }
    }
    if (this.section < 0) this.section = 0;
    const cx = m + (listW ? listW + m : 0);
    const cw = W - cx - m;
    const card = { x: cx, y: hh + m, w: cw, h: H - hh - 2 * m };
    this.panel(card);
    const sec = sections[this.section];
    const navH = Math.max(TAP, S * 2.2);
    // the drawing of the two towers: beside the text on a wide screen, on a page of its own before the text on a narrow one
    const figure = sec.id === FIGURE_SECTION;
    const beside = figure && card.w >= S * 40;
    // (on a projector the drawing takes more than half the card: its labels are read from the back of the room)
    const textW = beside ? card.w * (this.projector ? 0.45 : 0.55) : card.w;
    const title = this.text(card.x + 22, card.y + 16 + S, tx(sec.title), { head: true, bold: true, size: S * 1.3, width: textW - 44 });
    const bodyTop = title.y + title.height + S * 0.6;
    // the page for teachers leads on to the lecturer's guide: a row of its own above the navigation
    const toGuide = sec.id === 'for-teachers';
    const bodyH = card.y + card.h - navH - 28 - bodyTop - (toGuide ? navH + 12 : 0);
    // split the body into pages that fit
    // units to page by: paragraphs, and each bullet of a list on its own (bullets keep close)
    const paras = tx(sec.body)
      .replace(/^- /gm, '• ')
      .split(/\n\s*\n/)
      .flatMap((para) => (para.includes('\n• ') || para.startsWith('• ') ? splitBullets(para) : [para.trim()]))
      .filter(Boolean);
    const heightOf = (u: string) => {
      return measureText(this, u, { size: S, width: textW - 44 }).height;
    };
    // a paragraph taller than a page (large text on a short screen) pages by sentence
    const units = paras.flatMap((u) => (heightOf(u) <= bodyH ? [u] : u.split(/(?<=[.!?])\s+/)));
    const gapAfter = (u: string, next?: string) => (u.startsWith('• ') && next?.startsWith('• ') ? S * 0.3 : S * 0.8);
    const pages: string[][] = [[]];
    let used = 0;
    units.forEach((u, i) => {
      const h = heightOf(u) + gapAfter(u, units[i + 1]);
      if (used + h > bodyH && pages[pages.length - 1].length) {
        pages.push([]);
        used = 0;
      }
      pages[pages.length - 1].push(u);
      used += h;
    });
    // (a narrow screen: the drawing is the section's first page)
    if (figure && !beside) pages.unshift([]);
    const page = Math.min(this.page, pages.length - 1);
    let y = bodyTop;
    pages[page].forEach((u, i) => {
      const tt = this.text(card.x + 22, y, u, { width: textW - 44 });
      y += tt.height + gapAfter(u, pages[page][i + 1]);
    });
    const drawn =
      figure && (beside || page === 0)
        ? this.towersFigure(
            beside ? { x: card.x + textW, y: card.y + 20 + S * 1.2, w: card.w - textW - 20, h: card.h - navH - 48 - S * 1.2 } : { x: card.x + 14, y: bodyTop, w: card.w - 28, h: bodyH },
          )
        : '';
    this.story([`${tx(sec.title)}.`, ...pages[page], drawn].filter(Boolean).join(' '));
    // navigation: pages within a section, then the next section
    const ny = card.y + card.h - navH - 14;
    const nw = Math.min(260, (card.w - 60) / 2);
    const prev = page > 0 ? () => this.show(this.section, page - 1) : this.section > 0 || ownPage ? () => this.show(this.section - 1) : undefined;
    const next = page < pages.length - 1 ? () => this.show(this.section, page + 1) : this.section < sections.length - 1 ? () => this.show(this.section + 1) : undefined;
    const toContents = ownPage && this.section === 0 && page === 0;
    if (toGuide) {
      const gw = Math.min(card.w - 40, Math.max(nw, 420));
      this.button({
        rect: { x: card.x + 20, y: ny - navH - 12, w: gw, h: navH },
        label: `${t('guide.open')} →`,
        onClick: () => this.go('Guide', { back: { key: 'Handbook', data: this.restartData() } }),
        align: 'center',
        id: 'open-guide',
      });
    }
    if (prev) this.button({ rect: { x: card.x + 20, y: ny, w: nw, h: navH }, label: `← ${t(toContents ? 'ui.contents' : 'ui.previous')}`, onClick: prev, align: 'center' });
    if (next) this.button({ rect: { x: card.x + card.w - nw - 20, y: ny, w: nw, h: navH }, label: `${t('ui.next')} →`, onClick: next, align: 'center', primary: true }, true);
    const where = `${this.section + 1}/${sections.length}${pages.length > 1 ? ` · ${t('ui.page')} ${page + 1}/${pages.length}` : ''}`;
    this.text(card.x + card.w - 22, card.y + 14, where, { size: S * 0.75, color: p.inkSoft, say: true }).setOrigin(1, 0);
  }

  /** The two towers side by side with their title and caption; returns what it says (for the story). */
  private towersFigure(r: Rect): string {
    const { S } = this;
    const p = palette();
    const head = this.text(r.x, r.y, t('ui.towersFigure'), { head: true, bold: true, size: S * 1.05, width: r.w });
    const capSize = Math.max(Math.min(S * 0.85, 22), 14);
    const capH = measureText(this, t('ui.towersFigureCaption'), { size: capSize, width: r.w }).height;
    const top = r.y + head.height + S * 0.4;
    const h = r.h - (top - r.y) - capH - S * 0.6;
    this.panel({ x: r.x, y: top, w: r.w, h }, p.panel);
    new TowerView(
      this,
      { x: r.x + 10, y: top + 8, w: r.w - 20, h: h - 16 },
      { childName: t('ui.towersFigureChild'), caption: t('ui.towersFigure'), reducedMotion: true, size: S, ...this.towerLook(S), kind: false },
    ).set(FIGURE_STATE());
    this.text(r.x, top + h + S * 0.4, t('ui.towersFigureCaption'), { size: capSize, width: r.w, color: p.inkSoft });
    return `${t('ui.towersFigure')}. ${t('ui.towersFigureCaption')}`;
  }
}

/** The section with the drawing of the two towers. */
const FIGURE_SECTION = 'the-model';

/**
 * The figure's towers: a child of about 9 months with a solid base and a crack in block 2 (its red
 * letter), beside a caregiver whose block 2 leans away (its red letter): each caregiver block feeds
 * the child's block beside it.
 */
const FIGURE_STATE = () =>
  fromSpec({
    ageMonths: 9,
    child: { safety: { growth: 1 }, trust: { growth: 0.55, cracks: 0.7 } },
    caregiver: { caring: 0.7, giving: -0.6, supporting: 0.4, firmness: 0.3, trusting: 0.2 },
  });

/** A paragraph with a list: the lead-in and each bullet as separate units. */
function splitBullets(para: string): string[] {
  const out: string[] = [];
  for (const line of para.split('\n')) {
    if (line.startsWith('• ') || !out.length) out.push(line.trim());
    else out[out.length - 1] += ` ${line.trim()}`;
  }
  return out;
}
