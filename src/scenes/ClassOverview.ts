// The class overview: the trainer drops in the students' results files; the game shows a table per
// student, what the class chose per moment (the moments that split the class most first), the
// average towers and the reflections side by side, and exports a CSV. Nothing leaves the device.
import { download } from '../game/assignment';
import { CHILD_BLOCKS } from '../model';
import { childName, t } from '../services/i18n';
import { toCsv } from '../trainer/csv';
import { addFile, csvRows, overview } from '../trainer/overview';
import { MAX_RESULTS_BYTES, type Parsed, type ResultsError, type ResultsFile } from '../trainer/results';
import { parseInWorker } from '../trainer/resultsWorker';
import { el, openSheet } from '../ui/sheet';
import { BaseScene } from './base';

/** The files loaded in this visit (kept in memory only: a reload starts empty). */
let files: ResultsFile[] = [];
let messages: { file: string; text: string; ok: boolean }[] = [];

export function resultsErrorText(e: ResultsError): string {
  const p: Record<string, string | number> = {};
  if (e.code === 'tooBig') {
    p.mb = (e.bytes / 1e6).toFixed(1);
    p.max = MAX_RESULTS_BYTES / 1e6;
  }
  if (e.code === 'otherVersion') p.version = String(e.version);
  if (e.code === 'fields') p.field = e.field;
  if (e.code === 'tooDeep') p.depth = e.depth;
  if (e.code === 'tooMany') {
    p.field = e.field;
    p.max = e.max;
  }
  if (e.code === 'unreadable') p.why = e.why;
  if (e.code === 'slow') p.seconds = e.seconds;
  return t(`trainer.results.${e.code}`, p);
}

export class ClassOverview extends BaseScene {
  /** Where the trainer screen goes back to (passed through). */
  private back: { from?: string; menuFrom?: string } = {};

  constructor() {
    super('ClassOverview');
  }

  protected init2(data?: { from?: string; menuFrom?: string }) {
    if (data?.from) this.back = data;
  }

  protected restartData() {
    return this.back;
  }

  title() {
    return t('trainer.overview.title');
  }

  protected onEscape() {
    this.go('Trainer', this.back);
  }

  build() {
    const hh = this.header(t('trainer.overview.title'), { label: t('ui.back'), onClick: () => this.onEscape() });
    const m = this.W < 600 ? 6 : 16;
    const sheet = openSheet({ x: m, y: hh + m, w: this.W - 2 * m, h: this.H - hh - 2 * m }, t('trainer.overview.title'));

    const input = el('input', { type: 'file', id: 'results-files', accept: '.json,application/json', multiple: true, class: 'sr-only' });
    const pick = el('button', { type: 'button', id: 'pick-files' }, t('trainer.overview.pick'));
    pick.addEventListener('click', () => input.click());
    const drop = el('div', { class: 'drop', id: 'drop-zone' }, el('p', {}, t('trainer.overview.drop')), pick, input);
    drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      void this.addFiles([...(e.dataTransfer?.files ?? [])]);
    });
    input.addEventListener('change', () => void this.addFiles([...(input.files ?? [])]));
    sheet.append(el('p', { class: 'privacy' }, t('trainer.overview.privacy')), drop);

    const log = el('ul', { id: 'file-messages', 'aria-live': 'polite' }, ...messages.map((msg) => el('li', { class: msg.ok ? 'ok' : 'error' }, `${msg.file}: ${msg.text}`)));
    sheet.append(log);
    if (!files.length) {
      sheet.append(el('p', { class: 'soft' }, t('trainer.overview.empty')));
      this.story(t('trainer.overview.drop'));
      return;
    }
    this.results(sheet);
  }

  /**
   * Read the dropped files one by one in a worker: each gets its own line, loaded or why not; a
   * file that is refused (or breaks the reader) never takes the others with it.
   */
  private async addFiles(list: File[]) {
    for (const f of list) {
      let parsed: Parsed;
      try {
        // a huge file is refused by its size, before it is read
        parsed = f.size > MAX_RESULTS_BYTES ? { ok: false, error: { code: 'tooBig', bytes: f.size } } : await parseInWorker(f);
      } catch (e) {
        parsed = { ok: false, error: { code: 'unreadable', why: e instanceof Error ? e.message : String(e) } };
      }
      if (!parsed.ok) {
        messages.push({ file: f.name, text: resultsErrorText(parsed.error), ok: false });
        continue;
      }
      const r = addFile(files, parsed.file);
      files = r.files;
      messages.push(r.duplicate
        ? { file: f.name, text: t('trainer.results.duplicate', { name: parsed.file.results.student.name }), ok: false }
        : { file: f.name, text: t('trainer.results.loaded', { name: parsed.file.results.student.name }), ok: true });
    }
    // every file of this visit keeps its line (bounded only far past a class)
    messages = messages.slice(-1000);
    if (this.scene.isActive()) this.scene.restart(this.restartData());
  }

  private results(sheet: HTMLElement) {
    const o = overview(files);
    const csv = el('button', { type: 'button', class: 'primary', id: 'download-csv' }, t('trainer.overview.csv'));
    csv.addEventListener('click', () => {
      const rows = csvRows(files, {
        student: t('trainer.overview.student'), number: t('trainer.overview.number'), level: t('trainer.overview.level'),
        minutes: t('trainer.overview.minutes'), ruptures: t('trainer.overview.ruptures'), repairs: t('trainer.overview.repairs'),
        moment: t('trainer.overview.choice'), why: t('trainer.overview.why'), question: t('trainer.overview.question'),
      });
      download(`bouwstenen-klas-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(rows), 'text/csv;charset=utf-8');
    });
    const clear = el('button', { type: 'button', id: 'clear-files' }, t('trainer.overview.clear'));
    clear.addEventListener('click', () => {
      files = [];
      messages = [];
      this.scene.restart(this.restartData());
    });
    sheet.append(el('div', {}, csv, clear));

    // a table per student
    const head = [t('trainer.overview.student'), t('trainer.overview.number'), t('trainer.overview.levelsDone'), t('trainer.overview.minutes'), t('trainer.overview.ruptures'), t('trainer.overview.repairs'), ...o.levels.map((l) => l.title)];
    sheet.append(
      el('h2', {}, t('trainer.overview.students', { n: o.students.length })),
      el('div', { class: 'scroll-x' }, el('table', { id: 'students' },
        el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, ...o.students.map((s) => el('tr', {},
          el('th', { scope: 'row' }, s.name), el('td', {}, s.number), el('td', {}, `${s.levelsDone}/${s.levelsAssigned}`), el('td', {}, String(s.minutes)),
          el('td', {}, String(s.ruptures)), el('td', {}, String(s.repairs)),
          ...o.levels.map((l) => el('td', {}, s.focus[l.id] ? t(`status.short.${s.focus[l.id]}`) : '—')),
        ))),
      )),
    );

    // average towers
    sheet.append(el('h2', {}, t('trainer.overview.towers')));
    for (const a of o.averages) {
      sheet.append(
        el('h3', {}, `${a.title} (${t('trainer.overview.n', { n: a.n })})`),
        el('div', { class: 'chart tower-bars' }, ...CHILD_BLOCKS.map((id, i) => el('div', { class: 'row' },
          el('span', {}, childName(id)),
          el('span', { class: 'bar', style: `width:${Math.round(a.growth[i] * 100)}%`, 'aria-hidden': 'true' }),
          el('span', {}, `${Math.round(a.growth[i] * 100)}%${a.cracks[i] > 0.05 ? ` · ${t('trainer.overview.cracked', { n: Math.round(a.cracks[i] * 100) })}` : ''}`),
        ))),
      );
    }

    // per moment, what the class chose: the moments that split the class most first
    sheet.append(el('h2', {}, t('trainer.overview.moments')), el('p', { class: 'soft' }, t('trainer.overview.momentsHint')));
    o.scenarios.forEach((s, k) => {
      sheet.append(
        el('h3', {}, `${s.levelTitle}: ${s.setting}`),
        el('div', { class: 'chart', id: `chart-${k + 1}`, role: 'list' }, ...s.responses.map((r) => el('div', { class: 'row', role: 'listitem' },
          el('span', {}, r.text),
          el('span', { class: 'bar', style: `width:${Math.round((r.n / s.total) * 100)}%`, 'aria-hidden': 'true' }),
          el('span', {}, `${r.n}× · ${Math.round((r.n / s.total) * 100)}%`),
        ))),
      );
    });

    // reflections side by side
    sheet.append(el('h2', {}, t('trainer.overview.reflections')));
    if (!o.questions.length) sheet.append(el('p', { class: 'soft' }, t('trainer.overview.noReflections')));
    for (const q of o.questions) {
      sheet.append(
        el('h3', {}, `${q.levelTitle}: ${q.question}`),
        el('ul', { class: 'answers' }, ...q.answers.map((a) => el('li', {}, el('strong', {}, `${a.student}: `), a.answer))),
      );
    }
    this.story(`${t('trainer.overview.students', { n: o.students.length })}`);
  }
}
