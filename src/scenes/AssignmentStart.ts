// The start of an assignment: what the trainer asks (note, due date, levels), then the student's
// name and, if they like, their student number. Coming back, the student simply carries on.
import { app } from '../game/app';
import { assignmentPlay } from '../game/assignment';
import { t, tx } from '../services/i18n';
import { MAX_NUMBER } from '../trainer/record';
import { MAX_NAME } from '../trainer/text';
import { visible } from '../trainer/text';
import { el, field, openSheet } from '../ui/sheet';
import { BaseScene } from './base';
import { asRoute } from './routes';
import { isLang, LANG_TABLE, OTHERWISE } from '../content/langs';
import { failed } from '../services/failure';

export class AssignmentStart extends BaseScene {
  constructor() {
    super('AssignmentStart');
  }

  title() {
    return t('trainer.start.title');
  }

  protected onEscape() {}

  build() {
    const a = assignmentPlay.assignment;
    if (!a) {
      this.go('Title');
      return;
    }
    const hh = this.header(t('trainer.start.title'));
    const w = Math.min(this.W - 16, 760);
    const sheet = openSheet({ x: (this.W - w) / 2, y: hh + 8, w, h: this.H - hh - 16 }, t('trainer.start.title'));
    const list = el('ol', { id: 'assigned-levels' }, ...a.levels.map((id) => el('li', {}, tx(app.level(id)!.title))));
    sheet.append(el('p', {}, t('trainer.start.intro')), list);
    if (a.due) sheet.append(el('p', {}, el('strong', {}, t('trainer.start.due', { date: formatDate(a.due, a.lang) }))));
    if (a.note) sheet.append(el('h2', {}, t('trainer.start.note')), el('blockquote', { id: 'assignment-note' }, a.note));
    // inside a learning platform: what it receives, and what the student still hands in
    sheet.append(el('p', { class: 'privacy', id: 'start-privacy' }, t(assignmentPlay.scorm ? 'trainer.start.privacyPlatform' : 'trainer.start.privacy')));

    const go = async () => {
      const next = await assignmentPlay.enter();
      this.goTo(asRoute(next));
    };
    // the platform's saved work could not be read: said plainly, and nothing is written until the student chooses
    const problem = assignmentPlay.resumeProblem;
    if (problem) {
      const names = problem.unreadable.map((id) => (app.level(id) ? tx(app.level(id)!.title) : id)).join(', ');
      const carry = el('button', { type: 'button', class: 'primary', id: 'resume-carry-on' }, t('trainer.start.resumeCarryOn'));
      carry.addEventListener(
        'click',
        () =>
          void assignmentPlay
            .resolveResume('carryOn')
            .then(() => this.scene.restart())
            .catch(failed),
      );
      const over = el('button', { type: 'button', id: 'resume-start-over' }, t('trainer.start.resumeStartOver'));
      over.addEventListener(
        'click',
        () =>
          void assignmentPlay
            .resolveResume('startOver')
            .then(() => this.scene.restart())
            .catch(failed),
      );
      const canCarry = assignmentPlay.canCarryOn();
      const box = el(
        'section',
        { id: 'resume-problem', role: 'alert' },
        el('h2', {}, t('trainer.start.resumeTitle')),
        el('p', {}, problem.unreadable.length ? t('trainer.start.resumePartly', { levels: names }) : t('trainer.start.resumeBroken')),
        el('p', {}, t('trainer.start.resumeChoose')),
        ...(canCarry ? [carry, el('p', { class: 'soft' }, t('trainer.start.resumeCarryOnHint'))] : []),
        over,
        el('p', { class: 'soft' }, t('trainer.start.resumeStartOverHint')),
      );
      sheet.append(box);
      this.story(
        `${t('trainer.start.resumeTitle')}. ${problem.unreadable.length ? t('trainer.start.resumePartly', { levels: names }) : t('trainer.start.resumeBroken')} ${t('trainer.start.resumeChoose')}`,
      );
      return;
    }
    const r = assignmentPlay.record;
    if (r) {
      const cont = el('button', { type: 'button', class: 'primary', id: 'continue-assignment' }, t('trainer.start.continue'));
      cont.addEventListener('click', () => void go().catch(failed));
      // a shared class computer: the next student starts afresh, the first one's work is kept
      const other = el('button', { type: 'button', id: 'someone-else' }, t('trainer.start.someoneElse', { name: r.student.name }));
      other.addEventListener(
        'click',
        () =>
          void assignmentPlay
            .setAside()
            .then(() => {
              app.notices.push(t('trainer.start.keptFor', { name: r.student.name }));
              this.scene.restart();
            })
            .catch(failed),
      );
      sheet.append(el('h2', {}, t('trainer.start.welcomeBack', { name: r.student.name })), cont, other);
      this.story(`${t('trainer.start.intro')} ${t('trainer.start.welcomeBack', { name: r.student.name })}`);
      return;
    }
    const fromPlatform = assignmentPlay.platformName();
    const name = el('input', { type: 'text', id: 'student-name', maxlength: String(MAX_NAME.student), autocomplete: 'name', required: true });
    name.value = fromPlatform;
    const number = el('input', { type: 'text', id: 'student-number', maxlength: String(MAX_NUMBER), inputmode: 'text', autocomplete: 'off' });
    // the platform's student_id is its own login name, not the school's student number: not filled in
    const error = el('p', { class: 'error', id: 'name-error', role: 'alert' });
    const start = el('button', { type: 'button', class: 'primary', id: 'start-assignment' }, t('trainer.start.begin'));
    const begin = async () => {
      // a name of spaces or invisible characters only is no name
      if (!visible(name.value)) {
        error.textContent = t('trainer.start.nameMissing');
        name.setAttribute('aria-invalid', 'true');
        name.focus();
        return;
      }
      start.disabled = true;
      await assignmentPlay.start(name.value, number.value);
      await go();
    };
    start.addEventListener('click', () => void begin().catch(failed));
    for (const f of [name, number])
      f.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') void begin().catch(failed);
      });
    sheet.append(
      el('h2', {}, t('trainer.start.who')),
      field(t('trainer.start.name'), name, fromPlatform ? t('trainer.start.nameFromPlatform') : t('trainer.start.nameHint')),
      field(t('trainer.start.number'), number),
      error,
      start,
    );
    this.story(t('trainer.start.intro'));
  }
}

function formatDate(iso: string, lang: string) {
  const d = new Date(`${iso}T12:00:00`);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString(isLang(lang) ? LANG_TABLE[lang].dateLocale : LANG_TABLE[OTHERWISE].dateLocale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}
