// The class overview: the trainer drops in the students' results files; the game shows one row per
// student, per moment what the class chose (every option, with the students' "why" beside it),
// the average towers and the reflections side by side, and exports a CSV. A projector view hides
// everything with a name in it. Nothing leaves the device.
import { download } from '../ui/download';
import { app } from '../game/app';
import { CHILD_BLOCKS } from '../model';
import { childName, t, tCount, tx } from '../services/i18n';
import { toCsv } from '../trainer/csv';
import { catalogueOf, mostDivided, type Catalogue, type MomentCounts, type Overview } from '../trainer/overview';
import { MAX_RESULTS_BYTES, type ResultsError } from '../trainer/results';
import { ClassReader, type Verdict } from '../trainer/resultsWorker';
import { el, openSheet } from '../ui/sheet';
import { BaseScene } from './base';
import type { Route, Routes } from './routes';
import { looksLikeClassFile, MAX_CLASS_BYTES, parseClassFile, type ClassFile } from '../class/results';
import { ensureClassStyle, momentTable } from './ClassMode';
import { failed } from '../services/failure';

/** The files loaded in this visit, read and kept in a worker (in memory only: a reload starts empty). */
let reader: ClassReader | undefined;
/** The last overview drawn, until another file comes in (switching the projector view redraws it). */
let shown: Overview | undefined;
/** Each drawing of the results: a restarted screen stops drawing the one before. */
let drawing = 0;
/** One line per file dropped this visit, none ever dropped: a refused file is always listed. */
let messages: { file: string; text: string; ok: boolean }[] = [];
/** Projector view: no names, no files, no answers on the wall. */
let projector = false;
/** Class results files (class mode's votes: counts only), read beside the homework. */
let classFiles: ClassFile[] = [];

function resultsErrorText(e: ResultsError): string {
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
#a11y .sheet .table-box { max-height: min(60vh, 40em); overflow: auto; contain: content; border: 1px solid #e2d6c4; border-radius: 10px; margin: .5em 0; }
#a11y .sheet .table-box table { margin: 0; }
#a11y .sheet .table-box th, #a11y .sheet .table-box td { overflow-wrap: break-word; hyphens: auto; }
#a11y .sheet .table-box thead th { position: sticky; top: 0; z-index: 2; }
#a11y .sheet .table-box tbody th { position: sticky; left: 0; z-index: 1; background: #fffdf8; min-width: 7em; }
#a11y .sheet .table-box td { white-space: nowrap; }
#a11y .sheet .moment, #a11y .sheet .question { content-visibility: auto; contain-intrinsic-size: auto 24em; }
#a11y .sheet .moment { border-top: 1px solid #e2d6c4; padding-top: .3em; }
#a11y .sheet .moment .cols > .chart { flex: 2 1 30em; }
#a11y .sheet .moment .chart .row { grid-template-columns: minmax(8em, 3fr) minmax(5em, 2fr) 10em; }
#a11y .sheet .moment .whys { flex: 1 1 16em; max-height: 18em; overflow: auto; background: #fbf5ec; border-radius: 10px; padding: .3em .8em; }
#a11y .sheet .moment .whys h4 { margin: .5em 0 .2em; font-size: 1em; }
#a11y .sheet .moment .whys ul { margin: 0; padding-left: 1.1em; } #a11y .sheet .moment .whys li { white-space: pre-wrap; margin: .2em 0; }
#a11y .sheet .chart .row.none { color: #5c5866; }
#a11y .sheet .chart .bars { display: flex; flex-direction: column; gap: 3px; }
#a11y .sheet .chart .bar.first, #a11y .sheet .key.first { background: #e8b9a5; }
#a11y .sheet .key { display: inline-block; width: 1.5em; height: .8em; border-radius: 3px; background: #c8694a; }
#a11y .sheet .first-count { display: block; font-size: .85em; color: #5c5866; }
#a11y .sheet .tag { display: inline-block; background: #e7eef8; color: #1f3f6f; border-radius: 8px; padding: 0 .4em; font-size: .85em; font-weight: bold; }
#a11y .sheet .id { font-family: ui-monospace, monospace; font-size: .8em; color: #5c5866; }
#a11y .sheet #rejected li { overflow-wrap: anywhere; }
#a11y .sheet .tower-bars .row { grid-template-columns: 10em 1fr 8em; }
#a11y .sheet button[aria-pressed=true] { background: #33313d; color: #fff; border-color: #33313d; }
`;

/** Back to the page for a moment (input, painting), sooner than setTimeout's 4 ms. */
const breathe = () =>
  new Promise<void>((ok) => {
    const c = new MessageChannel();
    c.port1.onmessage = () => ok();
    c.port2.postMessage(0);
  });

/** Run the parts one after the other, giving the page a turn after every ~8 ms of work; false if stopped. */
async function inSlices(parts: readonly (() => void)[], alive: () => boolean): Promise<boolean> {
  let t0 = performance.now();
  for (const part of parts) {
    if (!alive()) return false;
    part();
    if (performance.now() - t0 > 8) {
      await breathe();
      t0 = performance.now();
    }
  }
  return alive();
}

function ensureStyle() {
  if (!document.getElementById('overview-style')) document.head.append(el('style', { id: 'overview-style' }, STYLE));
}

export class ClassOverview extends BaseScene {
  /** Someone in the class played a level again: charts show the first attempt beside the last. */
  private replays = false;
  /** Where the trainer screen goes back to (passed through). */
  private back: Route = { key: 'Title' };

  constructor() {
    super('ClassOverview');
  }

  protected init2(data?: Routes['ClassOverview']) {
    if (data?.back) this.back = data.back;
  }

  protected restartData(): Routes['ClassOverview'] {
    return { back: this.back };
  }

  title() {
    return t('trainer.overview.title');
  }

  protected onEscape() {
    this.go('Trainer', { back: this.back });
  }

  build() {
    ensureStyle();
    const hh = this.header(t('trainer.overview.title'), { label: t('ui.back'), onClick: () => this.onEscape() });
    const m = this.W < 600 ? 6 : 16;
    const sheet = openSheet({ x: m, y: hh + m, w: this.W - 2 * m, h: this.H - hh - 2 * m }, t('trainer.overview.title'));
    // on the wall: larger text, read from the back of the room
    // the projector view: larger than the sheet's own size (itself larger on a projector)
    if (projector) sheet.style.fontSize = `${Math.round(parseFloat(sheet.style.fontSize) * 1.3)}px`;

    // the browser's own file field, labelled and in sight (a hidden one took focus unseen)
    const input = el('input', { type: 'file', id: 'results-files', accept: '.json,application/json', multiple: true });
    const reading = el('p', { id: 'reading', 'aria-live': 'polite' });
    const drop = el('div', { class: 'drop', id: 'drop-zone' }, el('p', {}, t('trainer.overview.drop')), el('label', { for: 'results-files' }, t('trainer.overview.pick')), input, reading);
    drop.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      void this.addFiles([...(e.dataTransfer?.files ?? [])], reading).catch(failed);
    });
    input.addEventListener('change', () => void this.addFiles([...(input.files ?? [])], reading).catch(failed));
    if (!projector) sheet.append(el('p', { class: 'privacy' }, t('trainer.overview.privacy')), drop);

    if (!projector) this.fileReport(sheet);
    if (!reader?.count && !classFiles.length) {
      sheet.append(el('p', { class: 'soft' }, t('trainer.overview.empty')));
      this.story(t('trainer.overview.drop'));
      return;
    }
    if (reader?.count) void this.results(sheet, ++drawing).catch(failed);
    else this.classResults(sheet);
  }

  /** What became of every file dropped: a summary, every refused file with why, then all lines. */
  private fileReport(sheet: HTMLElement) {
    if (!messages.length) return;
    const bad = messages.filter((x) => !x.ok);
    const line = (msg: (typeof messages)[number]) => el('li', { class: msg.ok ? 'ok' : 'error' }, `${msg.file}: ${msg.text}`);
    sheet.append(el('p', { id: 'file-summary' }, tCount('trainer.overview.summary', { n: messages.length, ok: messages.length - bad.length, bad: bad.length })));
    if (bad.length) sheet.append(el('h3', {}, t('trainer.overview.rejected', { n: bad.length })), el('ul', { id: 'rejected' }, ...bad.map(line)));
    sheet.append(el('details', {}, el('summary', {}, t('trainer.overview.allFiles', { n: messages.length })), el('ul', { id: 'file-messages' }, ...messages.map(line))));
  }

  /**
   * Read the dropped files in a worker, all at once: each gets its own line, loaded or why not; a
   * file that is refused (or breaks the reader) never takes the others with it.
   */
  private async addFiles(list: File[], reading: HTMLElement) {
    if (!list.length) return;
    reader ??= new ClassReader();
    // a class results file (class mode) is small and read here, told by its first bytes; the homework goes to the worker
    const isClass = await Promise.all(list.map(async (f) => f.size <= MAX_CLASS_BYTES && looksLikeClassFile(await f.slice(0, 64).text())));
    for (const f of list.filter((_, i) => isClass[i])) {
      const c = await parseClassFile(await f.text());
      if (c.ok) classFiles = [...classFiles.filter((x) => x.checksum !== c.file.checksum), c.file];
      messages.push(c.ok ? { file: f.name, text: t('classmode.loaded', { level: c.file.results.levelTitle }), ok: true } : { file: f.name, text: t('classmode.failed', { why: c.error }), ok: false });
    }
    list = list.filter((_, i) => !isClass[i]);
    if (!list.length) {
      if (this.scene.isActive()) this.scene.restart(this.restartData());
      return;
    }
    const say = (n: number) => (reading.textContent = t('trainer.overview.reading', { n, total: list.length }));
    say(0);
    // a huge file is refused by its size, before it is read
    const small = list.filter((f) => f.size <= MAX_RESULTS_BYTES);
    const parsed = await reader.read(small, (n) => {
      // progress in steps, not on every file: the page stays free for the reading
      if (n % 25 === 0) say(n);
    });
    performance.mark('overview-read');
    const bySmall = new Map(small.map((f, i) => [f, parsed[i]]));
    for (const f of list) {
      const p: Verdict = bySmall.get(f) ?? { ok: false, error: { code: 'tooBig', bytes: f.size } };
      if (!p.ok) messages.push({ file: f.name, text: resultsErrorText(p.error), ok: false });
      else {
        messages.push(
          p.duplicate ? { file: f.name, text: t('trainer.results.duplicate', { name: p.name }), ok: false } : { file: f.name, text: t('trainer.results.loaded', { name: p.name }), ok: true },
        );
      }
    }
    shown = undefined;
    if (this.scene.isActive()) this.scene.restart(this.restartData());
  }

  private catalogue(): Catalogue | undefined {
    return app.isReady ? catalogueOf(app.content.levels, tx) : undefined;
  }

  /**
   * The overview, made in the worker, drawn in slices of a few milliseconds: the top of the page
   * first, then moment by moment, so the page answers all the while (`gen`: a newer drawing stops this one).
   */
  private async results(sheet: HTMLElement, gen: number) {
    const cat = this.catalogue();
    const r = reader!;
    const o = shown ?? (await r.overview(cat));
    if (gen !== drawing || !sheet.isConnected || !o) return;
    shown = o;
    const csv = el('button', { type: 'button', class: 'primary', id: 'download-csv' }, t('trainer.overview.csv'));
    csv.addEventListener('click', async () => {
      const rows = await r.csv(
        {
          student: t('trainer.overview.student'),
          number: t('trainer.overview.number'),
          levelsDone: t('trainer.overview.levelsDone'),
          minutes: t('trainer.overview.minutes'),
          ruptures: t('trainer.overview.ruptures'),
          repairs: t('trainer.overview.repairs'),
          repair: t('trainer.overview.repairMoment'),
          why: t('trainer.overview.why'),
          question: t('trainer.overview.question'),
          first: t('trainer.overview.first'),
          replayed: t('trainer.overview.replayed'),
          score: t('trainer.overview.score'),
        },
        cat,
      );
      if (rows) download(`bouwstenen-klas-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(rows), 'text/csv;charset=utf-8');
    });
    const clear = el('button', { type: 'button', id: 'clear-files' }, t('trainer.overview.clear'));
    clear.addEventListener('click', () => {
      reader?.clear();
      shown = undefined;
      messages = [];
      classFiles = [];
      this.scene.restart(this.restartData());
    });
    const proj = el('button', { type: 'button', id: 'projector', 'aria-pressed': String(projector) }, t('trainer.overview.projector'));
    proj.addEventListener('click', () => {
      projector = !projector;
      this.scene.restart(this.restartData());
    });
    sheet.append(el('div', {}, proj, ...(projector ? [] : [csv, clear])));
    if (projector) sheet.append(el('p', { class: 'privacy', id: 'projector-note' }, t('trainer.overview.projectorOn')));

    const parts: (() => void)[] = [];
    // one row per student (not on the wall)
    sheet.append(el('h2', {}, t('trainer.overview.students', { n: o.students.length })));
    if (!projector) {
      if (o.merged.length) {
        sheet.append(el('p', { id: 'merged-note' }, tCount('trainer.overview.merged', { n: o.merged.length, names: o.merged.map((x) => `${x.student} (${x.files})`).join(', ') })));
      }
      const scores = o.students.some((x) => x.score !== undefined);
      const head = [
        t('trainer.overview.student'),
        t('trainer.overview.number'),
        t('trainer.overview.levelsDone'),
        t('trainer.overview.minutes'),
        t('trainer.overview.ruptures'),
        t('trainer.overview.repairs'),
        ...(o.replays ? [t('trainer.overview.replayed')] : []),
        ...(scores ? [t('trainer.overview.score')] : []),
        ...o.levels.map((l) => l.title),
      ];
      const body = el('tbody', {});
      sheet.append(
        el(
          'div',
          { class: 'table-box', tabindex: '0', role: 'region', 'aria-label': t('trainer.overview.students', { n: o.students.length }) },
          el('table', { id: 'students' }, el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))), body),
        ),
      );
      const status = new Map<string, string>();
      const word = (w: string) => status.get(w) ?? status.set(w, t(`status.short.${w}`)).get(w)!;
      for (let i = 0; i < o.students.length; i += 50) {
        parts.push(() =>
          body.append(
            ...o.students
              .slice(i, i + 50)
              .map((s) =>
                el(
                  'tr',
                  {},
                  el('th', { scope: 'row' }, s.name),
                  el('td', {}, s.number),
                  el('td', {}, `${s.levelsDone}/${s.levelsAssigned}`),
                  el('td', {}, String(s.minutes)),
                  el('td', {}, String(s.ruptures)),
                  el('td', {}, String(s.repairs)),
                  o.replays ? el('td', {}, String(s.replayed)) : null,
                  scores ? el('td', {}, s.score === undefined ? '—' : String(s.score)) : null,
                  ...o.levels.map((l) => el('td', {}, s.focus[l.id] ? word(s.focus[l.id]) : '—')),
                ),
              ),
          ),
        );
      }
    }

    // the moments the class was most divided on, to talk about first
    const divided = mostDivided(o, 3);
    const index = new Map(o.moments.map((x, k) => [x.key, k + 1]));
    if (divided.length) {
      parts.push(() =>
        sheet.append(
          el('h2', {}, t('trainer.overview.divided')),
          el(
            'ol',
            { id: 'most-divided' },
            ...divided.map((d, k) =>
              el(
                'li',
                { 'data-level': d.level, 'data-scenario': d.scenario, 'data-repair': String(d.repair) },
                el('a', { href: `#moment-${index.get(d.key)}` }, `${d.levelTitle}: ${d.setting}`),
                d.repair ? ' ' : '',
                d.repair ? el('span', { class: 'tag' }, t('trainer.overview.repairMoment')) : '',
                ' ',
                this.toClass(d, k),
              ),
            ),
          ),
        ),
      );
    }

    // average towers
    parts.push(() => sheet.append(el('h2', {}, t('trainer.overview.towers'))));
    for (const a of o.averages) {
      parts.push(() =>
        sheet.append(
          el('h3', {}, `${a.title} (${tCount('trainer.overview.n', { n: a.n })})`),
          el(
            'div',
            { class: 'chart tower-bars' },
            ...CHILD_BLOCKS.map((id, i) =>
              el(
                'div',
                { class: 'row' },
                el('span', {}, childName(id)),
                el('span', { class: 'bar', style: `width:${Math.round(a.growth[i] * 100)}%`, 'aria-hidden': 'true' }),
                el('span', {}, `${Math.round(a.growth[i] * 100)}%${a.cracks[i] > 0.05 ? ` · ${t('trainer.overview.cracked', { n: Math.round(a.cracks[i] * 100) })}` : ''}`),
              ),
            ),
          ),
        ),
      );
    }

    // per moment, in play order, what the class chose: every option, the why texts beside it
    parts.push(() =>
      sheet.append(
        el('h2', {}, t('trainer.overview.moments')),
        el('p', { class: 'soft' }, t('trainer.overview.momentsHint')),
        ...(o.replays
          ? [
              el(
                'p',
                { class: 'soft', id: 'attempts-legend' },
                el('span', { class: 'key last', 'aria-hidden': 'true' }),
                ' ',
                t('trainer.overview.lastKey'),
                ' ',
                el('span', { class: 'key first', 'aria-hidden': 'true' }),
                ' ',
                t('trainer.overview.firstKey'),
              ),
            ]
          : []),
      ),
    );
    this.replays = o.replays;
    o.moments.forEach((s, k) => parts.push(() => sheet.append(this.moment(s, k + 1))));
    parts.push(() => this.classResults(sheet));

    // reflections side by side (not on the wall)
    if (!projector) {
      parts.push(() => {
        sheet.append(el('h2', {}, t('trainer.overview.reflections')));
        if (!o.questions.length) sheet.append(el('p', { class: 'soft' }, t('trainer.overview.noReflections')));
      });
      for (const q of o.questions) {
        parts.push(() =>
          sheet.append(
            el(
              'div',
              { class: 'question' },
              el('h3', {}, `${q.levelTitle}: ${q.question}`),
              el('ul', { class: 'answers' }, ...q.answers.map((a) => el('li', {}, el('strong', {}, `${a.student}: `), a.answer))),
            ),
          ),
        );
      }
    }
    this.story(`${t('trainer.overview.students', { n: o.students.length })}`);
    // the game's own frames wait meanwhile: nothing moves on this screen, and in software WebGL
    // each frame costs as much as a slice of the drawing
    const loop = this.game.loop;
    loop.sleep();
    let done: boolean;
    try {
      done = await inSlices(parts, () => gen === drawing && sheet.isConnected);
    } finally {
      loop.wake();
    }
    if (!done) return;
    sheet.dataset.drawn = 'yes';
    // the benchmark (scripts/bench-overview.ts) reads when the whole overview was drawn
    performance.mark('overview-shown');
  }

  /** "Bespreek in de klas": opens this moment in class mode, for the class to vote on again. */
  private toClass(d: MomentCounts, k: number): HTMLElement {
    const go = el('button', { type: 'button', id: `discuss-${k + 1}`, 'aria-label': `${t('classmode.fromOverview')}: ${d.setting}` }, t('classmode.fromOverview'));
    go.addEventListener('click', () => this.go('ClassMode', { back: { key: 'ClassOverview', data: { back: this.back } }, level: d.level, scenario: d.scenario, repair: d.repair }));
    return go;
  }

  /** Class mode's votes, next to the homework: per moment the first and the second vote (counts only, so also on the wall). */
  private classResults(sheet: HTMLElement) {
    if (!classFiles.length) return;
    ensureClassStyle();
    sheet.append(el('h2', { id: 'class-results' }, t('classmode.overviewHead')), el('p', { class: 'soft' }, t('classmode.overviewHint')));
    for (const f of classFiles) {
      const r = f.results;
      sheet.append(el('h3', {}, `${r.levelTitle} · ${r.at.slice(0, 10)}`), el('div', { class: 'klas-moments' }, ...r.moments.flatMap((m, i) => momentTable(m, i))));
    }
  }

  private moment(s: MomentCounts, k: number): HTMLElement {
    const pct = (n: number, of = s.total) => (of ? Math.round((n / of) * 100) : 0);
    // with replays in the class: the first attempt's bar under the last one's, and its count
    const both = this.replays;
    const chart = el(
      'div',
      { class: 'chart', id: `chart-${k}`, role: 'list' },
      ...s.options.map((r) =>
        el(
          'div',
          { class: `row${r.n || (both && r.first) ? '' : ' none'}`, role: 'listitem' },
          el('span', {}, r.text),
          both
            ? el(
                'span',
                { class: 'bars', 'aria-hidden': 'true' },
                el('span', { class: 'bar', style: `width:${pct(r.n)}%` }),
                el('span', { class: 'bar first', style: `width:${pct(r.first, s.totalFirst)}%` }),
              )
            : el('span', { class: 'bar', style: `width:${pct(r.n)}%`, 'aria-hidden': 'true' }),
          el('span', {}, `${r.n}× · ${pct(r.n)}%`, both ? el('span', { class: 'first-count' }, t('trainer.overview.firstCount', { n: r.first, pct: pct(r.first, s.totalFirst) })) : null),
        ),
      ),
    );
    const whys = s.options.filter((r) => r.whys.length);
    const side = projector
      ? null
      : el(
          'div',
          // named by its heading and the moment's, so that each moment's region has its own name
          { class: 'whys', tabindex: '0', role: 'region', 'aria-labelledby': `moment-${k}-whys moment-${k}-title` },
          el('h4', { id: `moment-${k}-whys` }, t('trainer.overview.whys')),
          ...(whys.length
            ? whys.flatMap((r) => [el('h4', {}, r.text), el('ul', {}, ...r.whys.map((w) => el('li', {}, el('strong', {}, `${w.student}: `), w.why)))])
            : [el('p', { class: 'soft' }, t('trainer.overview.noWhys'))]),
        );
    return el(
      'section',
      { class: 'moment', id: `moment-${k}`, 'data-moment': s.key },
      el('h3', { id: `moment-${k}-title` }, `${s.levelTitle}: ${s.setting} `, s.repair ? el('span', { class: 'tag' }, t('trainer.overview.repairMoment')) : ''),
      el('p', { class: 'id' }, `${s.scenario}${s.repair ? ` · ${t('trainer.overview.repairMoment')}` : ''} · ${tCount('trainer.overview.n', { n: s.total })}`),
      el('div', { class: 'cols' }, chart, side),
    );
  }
}
