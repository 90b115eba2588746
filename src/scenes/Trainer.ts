// For trainers: build an assignment (any levels, language, note, due date, what-if, one shared
// seed), get its link, a QR code and the level ids, or a SCORM package for the school's platform.
// No account: the assignment lives in the link.
import { app } from '../game/app';
import { download } from '../ui/download';
import { t, tx } from '../services/i18n';
import { assignmentUrl, check, encodeAssignment, MAX_NOTE, MAX_PARAM, SCORE_MODES, type Assignment, type ScoreMode } from '../trainer/assignment';
import { MIN_LETTERS, MIN_WORDS, PASS_MARK } from '../trainer/score';
import { el, field, openSheet } from '../ui/sheet';
import { openCardSheet } from './answerCards';
import { BaseScene } from './base';
import type { Route, Routes } from './routes';
import { isLang, LANGS, langNameKey, type Lang } from '../content/langs';
import { failed } from '../services/failure';

/** The form survives a resize or a trip to the class overview within one visit. */
interface Form {
  levels: string[];
  lang: Lang;
  note: string;
  due: string;
  whatIf: boolean;
  shared: boolean;
  score: ScoreMode;
  replays: boolean;
  salt: string;
  seed: number;
}
let form: Form | null = null;

export class Trainer extends BaseScene {
  /** Where the trainer's screen was opened from: the title, or the menu (with its own way back). */
  private back: Route = { key: 'Title' };

  constructor() {
    super('Trainer');
  }

  protected init2(data?: Routes['Trainer']) {
    if (data?.back) this.back = data.back;
  }

  protected restartData(): Routes['Trainer'] {
    return { back: this.back };
  }

  title() {
    return t('trainer.title');
  }

  protected onEscape() {
    this.goTo(this.back);
  }

  build() {
    const hh = this.header(t('trainer.title'), { label: t('ui.back'), onClick: () => this.onEscape() });
    const m = this.W < 600 ? 6 : 16;
    const sheet = openSheet({ x: m, y: hh + m, w: this.W - 2 * m, h: this.H - hh - 2 * m }, t('trainer.title'));
    form ??= {
      levels: [],
      lang: app.settings.lang,
      note: '',
      due: '',
      whatIf: true,
      shared: false,
      score: 'completion',
      replays: true,
      salt: Math.random().toString(36).slice(2, 8),
      seed: Math.floor(Math.random() * 0xffffffff),
    };
    const f = form;

    const toOverview = el('button', { type: 'button', id: 'to-overview' }, t('trainer.toOverview'));
    toOverview.addEventListener('click', () => this.go('ClassOverview', this.restartData()));
    const toGuide = el('button', { type: 'button', id: 'to-guide' }, t('guide.open'));
    toGuide.addEventListener('click', () => this.go('Guide', { back: { key: 'Trainer', data: this.restartData() } }));
    const toClass = el('button', { type: 'button', id: 'to-class' }, t('classmode.title'));
    toClass.addEventListener('click', () => this.go('ClassMode', { back: { key: 'Trainer', data: this.restartData() } }));
    const toCards = el('button', { type: 'button', id: 'print-cards', 'aria-describedby': 'print-cards-hint' }, t('answerCards.open'));
    toCards.addEventListener('click', () => openCardSheet() === 'downloaded' && this.toast(t('answerCards.popupBlocked')));
    sheet.append(
      el('p', {}, t('trainer.intro')),
      el('p', { class: 'privacy' }, t('trainer.privacy')),
      toOverview,
      toGuide,
      toClass,
      toCards,
      el('p', { class: 'soft', id: 'print-cards-hint' }, t('answerCards.openHint')),
      el('h2', {}, t('trainer.make')),
    );

    // levels: any level, whatever the trainer's own progress; with their ids for the README's links
    const levelsBox = el('fieldset', { id: 'levels' }, el('legend', {}, el('strong', {}, t('trainer.levels'))));
    for (const level of [...app.content.levels].sort((a, b) => a.order - b.order)) {
      const box = el('input', { type: 'checkbox', value: level.id, 'data-level': level.id });
      box.checked = f.levels.includes(level.id);
      box.addEventListener('change', () => {
        f.levels = app.content.levels.map((l) => l.id).filter((id) => (id === level.id ? box.checked : f.levels.includes(id)));
        update();
      });
      levelsBox.append(el('label', { class: 'inline' }, box, el('span', {}, `${tx(level.title)} — `, el('code', {}, level.id))));
    }

    const lang = el('select', { id: 'lang' }, ...LANGS.map((l) => el('option', { value: l }, t(langNameKey(l)))));
    lang.value = f.lang;
    lang.addEventListener('change', () => {
      f.lang = isLang(lang.value) ? lang.value : LANGS[0];
      update();
    });
    const note = el('textarea', { id: 'note', maxlength: String(MAX_NOTE), rows: '3' });
    note.value = f.note;
    note.addEventListener('input', () => {
      f.note = note.value;
      update();
    });
    const due = el('input', { type: 'date', id: 'due' });
    due.value = f.due;
    due.addEventListener('change', () => {
      f.due = due.value;
      update();
    });
    const whatIf = el('input', { type: 'checkbox', id: 'whatif' });
    whatIf.checked = f.whatIf;
    whatIf.addEventListener('change', () => {
      f.whatIf = whatIf.checked;
      update();
    });
    const shared = el('input', { type: 'checkbox', id: 'shared' });
    shared.checked = f.shared;
    shared.addEventListener('change', () => {
      f.shared = shared.checked;
      update();
    });
    // the score a platform gets: each mode in a sentence, the one chosen explained below it
    const score = el('select', { id: 'score' }, ...SCORE_MODES.map((m) => el('option', { value: m }, t(`trainer.scoreMode.${m}`))));
    score.value = f.score;
    const explain = el('p', { id: 'score-explain', class: 'soft', 'aria-live': 'polite' });
    const showExplain = () => (explain.textContent = t(`trainer.scoreExplain.${f.score}`, { pass: PASS_MARK, words: MIN_WORDS, letters: MIN_LETTERS }));
    showExplain();
    score.addEventListener('change', () => {
      f.score = SCORE_MODES.find((m) => m === score.value) ?? 'completion';
      showExplain();
      update();
    });
    const replays = el('input', { type: 'checkbox', id: 'replays' });
    replays.checked = f.replays;
    replays.addEventListener('change', () => {
      f.replays = replays.checked;
      update();
    });

    const settings = el(
      'div',
      {},
      field(t('trainer.lang'), lang),
      field(t('trainer.note'), note, t('trainer.noteHint', { n: MAX_NOTE })),
      field(t('trainer.due'), due),
      el('label', { class: 'inline' }, whatIf, el('span', {}, t('trainer.whatIf'))),
      el('label', { class: 'inline' }, replays, el('span', {}, t('trainer.replays'))),
      el('label', { class: 'inline' }, shared, el('span', {}, t('trainer.shared'))),
      field(t('trainer.score'), score, t('trainer.scoreHint')),
      explain,
    );
    sheet.append(el('div', { class: 'cols' }, levelsBox, settings));

    // the result: link, copy, QR, SCORM package
    const status = el('p', { id: 'trainer-status', role: 'status', 'aria-live': 'polite' });
    const out = el('div', { id: 'assignment-out' });
    sheet.append(el('h2', {}, t('trainer.linkHead')), status, out);

    const assignment = (): Assignment | null => {
      if (!f.levels.length) return null;
      const a: Assignment = { id: '', levels: f.levels, lang: f.lang, whatIf: f.whatIf, score: f.score, replays: f.replays };
      if (f.note.trim()) a.note = f.note.trim();
      if (f.due) a.due = f.due;
      if (f.shared) a.seed = f.seed;
      // the id follows the settings: the same form gives the same assignment (and save key)
      a.id = (check(f.salt + JSON.stringify(a)) + f.salt).slice(0, 12);
      return a;
    };

    const update = () => {
      out.replaceChildren();
      const a = assignment();
      if (!a) {
        status.className = 'soft';
        status.textContent = t('trainer.chooseLevel');
        return;
      }
      const param = encodeAssignment(a);
      if (param.length > MAX_PARAM) {
        status.className = 'error';
        status.textContent = t('trainer.tooLong');
        return;
      }
      status.className = 'ok';
      status.textContent = t('trainer.linkReady');
      const url = assignmentUrl(location.href, a);
      const link = el('input', { type: 'text', readonly: true, id: 'assignment-link', class: 'link', 'aria-label': t('trainer.linkHead') });
      link.value = url;
      const copy = el('button', { type: 'button', class: 'primary', id: 'copy-assignment' }, t('trainer.copy'));
      copy.addEventListener('click', () => void this.copy(url, link).catch(failed));
      const scorm = el('button', { type: 'button', id: 'scorm-package' }, t('trainer.scorm'));
      scorm.addEventListener('click', () => void this.scormPackage(a, scorm, status).catch(failed));
      const qr = el('div', { class: 'qr', role: 'img', 'aria-label': t('trainer.qr') });
      void import('uqr')
        .then(({ renderSVG }) => {
          // the QR code is made by the library from the link; it is our own markup, no player text
          qr.innerHTML = renderSVG(url, { ecc: 'L', border: 2 });
        })
        .catch(failed);
      out.append(
        el(
          'div',
          { class: 'cols' },
          el('div', {}, link, el('div', {}, copy, scorm), el('p', { class: 'soft' }, t('trainer.scormHint'))),
          el('div', {}, qr, el('p', { class: 'soft' }, t('trainer.qrHint'))),
        ),
      );
    };
    update();
  }

  private async copy(url: string, input: HTMLInputElement) {
    try {
      await navigator.clipboard.writeText(url);
      this.toast(t('trainer.copied'));
    } catch {
      // no clipboard (permissions, old browser): select the link so Ctrl+C does it
      input.focus();
      input.select();
      this.toast(t('trainer.copyByHand'));
    }
  }

  /** The built game, the assignment and a manifest, zipped here in the browser. */
  private async scormPackage(a: Assignment, button: HTMLButtonElement, status: HTMLElement) {
    button.disabled = true;
    status.className = 'soft';
    status.textContent = t('trainer.scormBusy');
    try {
      const list = await fetch('game-files.json').then((r) => {
        if (!r.ok) throw new Error(t('trainer.scormNoBuild'));
        return r.json() as Promise<string[]>;
      });
      const files = new Map<string, Uint8Array>();
      await Promise.all(
        list.map(async (path) => {
          const r = await fetch(path);
          if (!r.ok) throw new Error(`${path}: ${r.status}`);
          files.set(path, new Uint8Array(await r.arrayBuffer()));
        }),
      );
      const { buildPackage } = await import('../trainer/package');
      const title = `${t('game.title')}: ${a.levels.map((id) => tx(app.level(id)!.title)).join(', ')}`;
      const zip = buildPackage(files, a, title);
      download(`bouwstenen-scorm-${a.id}.zip`, zip as Uint8Array<ArrayBuffer>, 'application/zip');
      status.className = 'ok';
      status.textContent = t('trainer.scormDone', { kb: Math.round(zip.length / 1024) });
    } catch (e) {
      status.className = 'error';
      status.textContent = t('trainer.scormFailed', { reason: e instanceof Error ? e.message : String(e) });
    } finally {
      button.disabled = false;
    }
  }
}
