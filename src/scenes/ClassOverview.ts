// The class overview: the trainer drops in the students' results files; the game shows one row per
// student, per moment what the class chose (every option, with the students' "why" beside it),
// the average towers and the reflections side by side, and exports a CSV. A projector view hides
// everything with a name in it. Nothing leaves the device.
import { download } from '../ui/download';
import { app } from '../game/app';
import { CHILD_BLOCKS } from '../model';
import { childName, t, tx } from '../services/i18n';
import { toCsv } from '../trainer/csv';
import { addFile, catalogueOf, csvRows, mostDivided, overview, type Catalogue, type MomentCounts } from '../trainer/overview';
import { MAX_RESULTS_BYTES, type Parsed, type ResultsError, type ResultsFile } from '../trainer/results';
import { parseAllInWorker } from '../trainer/resultsWorker';
import { el, openSheet } from '../ui/sheet';
import { getTextScale } from '../ui/theme';
import { BaseScene } from './base';

/** The files loaded in this visit (kept in memory only: a reload starts empty). */
let files: ResultsFile[] = [];
/** One line per file dropped this visit, none ever dropped: a refused file is always listed. */
let messages: { file: string; text: string; ok: boolean }[] = [];
/** Projector view: no names, no files, no answers on the wall. */
let projector = false;

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

// Local to this screen: a table that scrolls inside its own box (never off the screen at 150%
// text), moments with their why texts beside the chart, and long lists drawn only when scrolled to.
const STYLE = `
#a11y .sheet .table-box { max-height: min(60vh, 40em); overflow: auto; border: 1px solid #e2d6c4; border-radius: 10px; margin: .5em 0; }
#a11y .sheet .table-box table { margin: 0; }
#a11y .sheet .table-box th, #a11y .sheet .table-box td { overflow-wrap: break-word; hyphens: auto; }
#a11y .sheet .table-box thead th { position: sticky; top: 0; z-index: 2; }
#a11y .sheet .table-box tbody th { position: sticky; left: 0; z-index: 1; background: #fffdf8; min-width: 7em; }
#a11y .sheet .table-box td { white-space: nowrap; }
#a11y .sheet .moment, #a11y .sheet .question { content-visibility: auto; contain-intrinsic-size: auto 24em; }
#a11y .sheet .moment { border-top: 1px solid #e2d6c4; padding-top: .3em; }
#a11y .sheet .moment .cols > .chart { flex: 2 1 24em; }
#a11y .sheet .moment .whys { flex: 1 1 16em; max-height: 18em; overflow: auto; background: #fbf5ec; border-radius: 10px; padding: .3em .8em; }
#a11y .sheet .moment .whys h4 { margin: .5em 0 .2em; font-size: 1em; }
#a11y .sheet .moment .whys ul { margin: 0; padding-left: 1.1em; } #a11y .sheet .moment .whys li { white-space: pre-wrap; margin: .2em 0; }
#a11y .sheet .chart .row.none { color: #5c5866; }
#a11y .sheet .tag { display: inline-block; background: #e7eef8; color: #1f3f6f; border-radius: 8px; padding: 0 .4em; font-size: .85em; font-weight: bold; }
#a11y .sheet .id { font-family: ui-monospace, monospace; font-size: .8em; color: #5c5866; }
#a11y .sheet #rejected li { overflow-wrap: anywhere; }
#a11y .sheet .tower-bars .row { grid-template-columns: 10em 1fr 8em; }
#a11y .sheet button[aria-pressed=true] { background: #33313d; color: #fff; border-color: #33313d; }
`;

function ensureStyle() {
  if (!document.getElementById('overview-style')) document.head.append(el('style', { id: 'overview-style' }, STYLE));
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
    ensureStyle();
    const hh = this.header(t('trainer.overview.title'), { label: t('ui.back'), onClick: () => this.onEscape() });
    const m = this.W < 600 ? 6 : 16;
    const sheet = openSheet({ x: m, y: hh + m, w: this.W - 2 * m, h: this.H - hh - 2 * m }, t('trainer.overview.title'));
    // on the wall: larger text, read from the back of the room
    if (projector) sheet.style.fontSize = `${Math.round(18 * 1.3 * getTextScale())}px`;

    // the browser's own file field, labelled and in sight (a hidden one took focus unseen)
    const input = el('input', { type: 'file', id: 'results-files', accept: '.json,application/json', multiple: true });
    const reading = el('p', { id: 'reading', 'aria-live': 'polite' });
    const drop = el('div', { class: 'drop', id: 'drop-zone' }, el('p', {}, t('trainer.overview.drop')), el('label', { for: 'results-files' }, t('trainer.overview.pick')), input, reading);
    drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      void this.addFiles([...(e.dataTransfer?.files ?? [])], reading);
    });
    input.addEventListener('change', () => void this.addFiles([...(input.files ?? [])], reading));
    if (!projector) sheet.append(el('p', { class: 'privacy' }, t('trainer.overview.privacy')), drop);

    if (!projector) this.fileReport(sheet);
    if (!files.length) {
      sheet.append(el('p', { class: 'soft' }, t('trainer.overview.empty')));
      this.story(t('trainer.overview.drop'));
      return;
    }
    this.results(sheet);
    // the benchmark (scripts/bench-overview.mjs) reads when the overview was on screen
    performance.mark('overview-shown');
  }

  /** What became of every file dropped: a summary, every refused file with why, then all lines. */
  private fileReport(sheet: HTMLElement) {
    if (!messages.length) return;
    const bad = messages.filter((x) => !x.ok);
    const line = (msg: (typeof messages)[number]) => el('li', { class: msg.ok ? 'ok' : 'error' }, `${msg.file}: ${msg.text}`);
    sheet.append(el('p', { id: 'file-summary' }, t('trainer.overview.summary', { n: messages.length, ok: messages.length - bad.length, bad: bad.length })));
    if (bad.length) sheet.append(el('h3', {}, t('trainer.overview.rejected', { n: bad.length })), el('ul', { id: 'rejected' }, ...bad.map(line)));
    sheet.append(el('details', {}, el('summary', {}, t('trainer.overview.allFiles', { n: messages.length })), el('ul', { id: 'file-messages' }, ...messages.map(line))));
  }

  /**
   * Read the dropped files in a worker, all at once: each gets its own line, loaded or why not; a
   * file that is refused (or breaks the reader) never takes the others with it.
   */
  private async addFiles(list: File[], reading: HTMLElement) {
    if (!list.length) return;
    const say = (n: number) => (reading.textContent = t('trainer.overview.reading', { n, total: list.length }));
    say(0);
    // a huge file is refused by its size, before it is read
    const small = list.filter((f) => f.size <= MAX_RESULTS_BYTES);
    let parsed: Parsed[];
    try {
      parsed = await parseAllInWorker(small, (n) => {
        // progress in steps, not on every file: the page stays free for the reading
        if (n % 25 === 0) say(n);
      });
    } catch (e) {
      parsed = small.map(() => ({ ok: false, error: { code: 'unreadable', why: e instanceof Error ? e.message : String(e) } }));
    }
    performance.mark('overview-read');
    const bySmall = new Map(small.map((f, i) => [f, parsed[i]]));
    for (const f of list) {
      const p: Parsed = bySmall.get(f) ?? { ok: false, error: { code: 'tooBig', bytes: f.size } };
      if (!p.ok) {
        messages.push({ file: f.name, text: resultsErrorText(p.error), ok: false });
        continue;
      }
      const r = addFile(files, p.file);
      files = r.files;
      messages.push(r.duplicate
        ? { file: f.name, text: t('trainer.results.duplicate', { name: p.file.results.student.name }), ok: false }
        : { file: f.name, text: t('trainer.results.loaded', { name: p.file.results.student.name }), ok: true });
    }
    if (this.scene.isActive()) this.scene.restart(this.restartData());
  }

  private catalogue(): Catalogue | undefined {
    return app.isReady ? catalogueOf(app.content.levels, tx) : undefined;
  }

  private results(sheet: HTMLElement) {
    const cat = this.catalogue();
    const o = overview(files, cat);
    const csv = el('button', { type: 'button', class: 'primary', id: 'download-csv' }, t('trainer.overview.csv'));
    csv.addEventListener('click', () => {
      const rows = csvRows(files, {
        student: t('trainer.overview.student'), number: t('trainer.overview.number'), levelsDone: t('trainer.overview.levelsDone'),
        minutes: t('trainer.overview.minutes'), ruptures: t('trainer.overview.ruptures'), repairs: t('trainer.overview.repairs'),
        repair: t('trainer.overview.repairMoment'), why: t('trainer.overview.why'), question: t('trainer.overview.question'),
      }, cat);
      download(`bouwstenen-klas-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(rows), 'text/csv;charset=utf-8');
    });
    const clear = el('button', { type: 'button', id: 'clear-files' }, t('trainer.overview.clear'));
    clear.addEventListener('click', () => {
      files = [];
      messages = [];
      this.scene.restart(this.restartData());
    });
    const proj = el('button', { type: 'button', id: 'projector', 'aria-pressed': String(projector) }, t('trainer.overview.projector'));
    proj.addEventListener('click', () => {
      projector = !projector;
      this.scene.restart(this.restartData());
    });
    sheet.append(el('div', {}, proj, ...(projector ? [] : [csv, clear])));
    if (projector) sheet.append(el('p', { class: 'privacy', id: 'projector-note' }, t('trainer.overview.projectorOn')));

    // one row per student (not on the wall)
    sheet.append(el('h2', {}, t('trainer.overview.students', { n: o.students.length })));
    if (!projector) {
      if (o.merged.length) {
        sheet.append(el('p', { id: 'merged-note' }, t('trainer.overview.merged', { n: o.merged.length, names: o.merged.map((x) => `${x.student} (${x.files})`).join(', ') })));
      }
      const head = [t('trainer.overview.student'), t('trainer.overview.number'), t('trainer.overview.levelsDone'), t('trainer.overview.minutes'), t('trainer.overview.ruptures'), t('trainer.overview.repairs'), ...o.levels.map((l) => l.title)];
      sheet.append(
        el('div', { class: 'table-box', tabindex: '0', role: 'region', 'aria-label': t('trainer.overview.students', { n: o.students.length }) }, el('table', { id: 'students' },
          el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, ...o.students.map((s) => el('tr', {},
            el('th', { scope: 'row' }, s.name), el('td', {}, s.number), el('td', {}, `${s.levelsDone}/${s.levelsAssigned}`), el('td', {}, String(s.minutes)),
            el('td', {}, String(s.ruptures)), el('td', {}, String(s.repairs)),
            ...o.levels.map((l) => el('td', {}, s.focus[l.id] ? t(`status.short.${s.focus[l.id]}`) : '—')),
          ))),
        )),
      );
    }

    // the moments the class was most divided on, to talk about first
    const divided = mostDivided(o, 3);
    const index = new Map(o.moments.map((x, k) => [x.key, k + 1]));
    if (divided.length) {
      sheet.append(
        el('h2', {}, t('trainer.overview.divided')),
        el('ol', { id: 'most-divided' }, ...divided.map((d) => el('li', { 'data-level': d.level, 'data-scenario': d.scenario, 'data-repair': String(d.repair) },
          el('a', { href: `#moment-${index.get(d.key)}` }, `${d.levelTitle}: ${d.setting}`),
          d.repair ? ' ' : '', d.repair ? el('span', { class: 'tag' }, t('trainer.overview.repairMoment')) : '',
        ))),
      );
    }

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

    // per moment, in play order, what the class chose: every option, the why texts beside it
    sheet.append(el('h2', {}, t('trainer.overview.moments')), el('p', { class: 'soft' }, t('trainer.overview.momentsHint')));
    o.moments.forEach((s, k) => sheet.append(this.moment(s, k + 1)));

    // reflections side by side (not on the wall)
    if (!projector) {
      sheet.append(el('h2', {}, t('trainer.overview.reflections')));
      if (!o.questions.length) sheet.append(el('p', { class: 'soft' }, t('trainer.overview.noReflections')));
      for (const q of o.questions) {
        sheet.append(el('div', { class: 'question' },
          el('h3', {}, `${q.levelTitle}: ${q.question}`),
          el('ul', { class: 'answers' }, ...q.answers.map((a) => el('li', {}, el('strong', {}, `${a.student}: `), a.answer))),
        ));
      }
    }
    this.story(`${t('trainer.overview.students', { n: o.students.length })}`);
  }

  private moment(s: MomentCounts, k: number): HTMLElement {
    const pct = (n: number) => (s.total ? Math.round((n / s.total) * 100) : 0);
    const chart = el('div', { class: 'chart', id: `chart-${k}`, role: 'list' }, ...s.options.map((r) => el('div', { class: `row${r.n ? '' : ' none'}`, role: 'listitem' },
      el('span', {}, r.text),
      el('span', { class: 'bar', style: `width:${pct(r.n)}%`, 'aria-hidden': 'true' }),
      el('span', {}, `${r.n}× · ${pct(r.n)}%`),
    )));
    const whys = s.options.filter((r) => r.whys.length);
    const side = projector
      ? null
      : el('div', { class: 'whys', tabindex: '0', role: 'region', 'aria-label': t('trainer.overview.whys') },
        el('h4', {}, t('trainer.overview.whys')),
        ...(whys.length
          ? whys.flatMap((r) => [el('h4', {}, r.text), el('ul', {}, ...r.whys.map((w) => el('li', {}, el('strong', {}, `${w.student}: `), w.why)))])
          : [el('p', { class: 'soft' }, t('trainer.overview.noWhys'))]));
    return el('section', { class: 'moment', id: `moment-${k}`, 'data-moment': s.key },
      el('h3', {}, `${s.levelTitle}: ${s.setting} `, s.repair ? el('span', { class: 'tag' }, t('trainer.overview.repairMoment')) : ''),
      el('p', { class: 'id' }, `${s.scenario}${s.repair ? ` · ${t('trainer.overview.repairMoment')}` : ''} · ${t('trainer.overview.n', { n: s.total })}`),
      el('div', { class: 'cols' }, chart, side),
    );
  }
}
