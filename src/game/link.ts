// What a link may ask for (?level=ID&lang=xx), bounded: a link is input from anyone, and a very
// long value must not reach text layout or lookups.
import { isLang, type Lang } from '../content/langs';

const MAX_LEVEL_ID = 64;
const LEVEL_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Past this the query is not read at all: no real homework link is this long. */
const MAX_QUERY = 2000;

export interface Link {
  /** The level asked for, when it looks like a level id. */
  level: string | null;
  /** Something was asked for that is not a level id: shown cut short in the notice. */
  badLevel: string | null;
  lang: Lang | null;
  /** An assignment: `?a=…` in the address, or the meta tag of a SCORM package's index.html (its content). */
  assignment: string | null;
}

/** A value cut to a length that fits a notice. */
export const shorten = (s: string, max = 40) => (s.length > max ? `${s.slice(0, max)}…` : s);

/**
 * What the page was opened with. `meta` is the assignment a SCORM package carries in its page
 * (the trainer's codec bounds and checks an assignment; here it is only found).
 */
export function readLink(search: string, meta: string | null = null): Link {
  const params = new URLSearchParams(search);
  const assignment = params.get('a') ?? meta;
  if (search.length > MAX_QUERY) return { level: null, badLevel: shorten(search.replace(/^\?/, '')), lang: null, assignment };
  const raw = params.get('level');
  const lang = params.get('lang');
  const ok = raw !== null && raw.length <= MAX_LEVEL_ID && LEVEL_ID.test(raw);
  return {
    level: ok ? raw : null,
    badLevel: raw !== null && !ok ? shorten(raw) : null,
    lang: isLang(lang) ? lang : null,
    assignment,
  };
}
