// The learning platform (SCORM 1.2) as an assignment meets it: every call the game makes to the
// platform's API goes through here. The platform is found around the page or handed in (the tests
// play one); a problem with it is said once and never stops the game.
import type { LevelT } from '../content/schema';
import type { Choice } from '../model';
import { t } from '../services/i18n';
import type { AssignmentRecord, LevelRecord } from '../trainer/record';
import type { Score } from '../trainer/score';
import { findApi, fitSuspend, ScormSession } from '../trainer/scorm';
import { encodeResume } from './resume';
import type { InPlay } from './saves';

/**
 * The reflections and whys of every level handed in, as one text for cmi.comments (the platform
 * cuts nothing: fitText keeps it within 4,096 characters, the report has all of it).
 */
function commentsText(r: AssignmentRecord): string {
  return r.levels
    .filter((l) => l.reflectedAt)
    .map((l) =>
      [
        `# ${l.title}`,
        ...l.questions.filter((q) => q.answer).map((q) => `${q.question}\n> ${q.answer}`),
        ...l.choices.filter((c) => c.why).map((c) => `${t('trainer.report.why')} (${c.scenario}${c.inRepair ? `, ${t('trainer.report.repair')}` : ''}): ${c.why}`),
      ].join('\n'),
    )
    .join('\n\n');
}

export class Platform {
  constructor(private readonly session: ScormSession) {}

  /** The platform's API around this page, started; null when there is none or it refuses to start. */
  static find(onProblem: () => void): Platform | null {
    if (typeof window === 'undefined') return null;
    const api = findApi(window);
    if (!api) return null;
    const s = new ScormSession(api, (msg) => {
      console.warn(`SCORM: ${msg}`);
      onProblem();
    });
    return s.initialize() ? new Platform(s) : null;
  }

  /** The name the platform knows, if any. */
  studentName() {
    return this.session.studentName();
  }

  studentId() {
    return this.session.studentId();
  }

  /** The resume data the platform holds ('' when none). */
  resumeData() {
    return this.session.resumeData();
  }

  /** Something was saved: the platform's session time runs on. */
  touch() {
    this.session.touch();
  }

  /**
   * Resume data for the record and the level in play, reflections cut until it fits; the data
   * written, or null when none could be (the platform keeps its last copy).
   */
  writeResume(r: AssignmentRecord, ip: InPlay | null, levelOf: (id: string) => LevelT | undefined): string | null {
    let data: string | null = null;
    try {
      data = fitSuspend((max) => encodeResume(r, ip, levelOf, max));
    } catch (e) {
      // a level this game cannot write so that it reads it back (content changed under an old record):
      // the platform keeps its last copy, this browser has everything
      console.warn(`SCORM resume data not written: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (data) this.session.suspend(data);
    return data;
  }

  /** Status and score, in the trainer's mode. */
  progress(score: Score) {
    this.session.progress(score.status, score.raw);
  }

  recordChoice(level: string, c: Choice, result: 'correct' | 'wrong' | 'neutral' | undefined, at: Date) {
    this.session.recordChoice({ level, scenario: c.scenario, response: c.response, inRepair: !!c.repair, ...(result ? { result } : {}) }, at);
  }

  /** A level handed in: its answers and whys as interactions, and every level's in cmi.comments. */
  handedIn(l: LevelRecord, r: AssignmentRecord) {
    const texts = [
      ...l.questions.map((q, i) => ({ id: `${l.id}.q${i + 1}`, text: q.answer })),
      ...l.choices.map((c) => ({ id: `${l.id}.${c.scenario}${c.inRepair ? '.repair' : ''}.why`, text: c.why ?? '' })),
    ].filter((x) => x.text);
    this.session.recordTexts(texts, new Date());
    this.session.comments(commentsText(r));
  }

  /** The page is left: the session ends, completed or to be resumed. */
  finish(completed: boolean) {
    this.session.finish(completed);
  }
}
