// Progress you can carry: one player's progress as a small JSON file, to open on another device
// or browser (Safari clears a site's saves after a week without a visit). Pure: text in, checked
// progress or a reason out; the scene does the file picking and the saving.
import * as v from 'valibot';
import { migrate } from './migrate';
import { checkProgress, ProgressSchema, type Progress } from './saves';
import { cleanName } from '../trainer/text';

/** What the file says it is; a file without it is not ours. */
export const TRANSFER_FORMAT = 'bouwstenen-progress';
/** The file's own version; a newer one is refused (made by a newer game), never half-read. */
export const TRANSFER_VERSION = 1;
/** A progress file is a few kB; anything far larger is not one (and would stall a phone). */
export const MAX_TRANSFER_BYTES = 512 * 1024;

interface TransferFile {
  format: typeof TRANSFER_FORMAT;
  version: number;
  /** When the file was made (ISO time), shown to nobody: for whoever opens the file by hand. */
  exported: string;
  player: { name: string };
  progress: Progress;
}

/** Why a file cannot be read: a locale key under `transfer.error` and its parameters. */
interface TransferError {
  key: 'tooBig' | 'notJson' | 'notOurs' | 'newer' | 'noName' | 'badProgress';
  params?: Record<string, string | number>;
}

type TransferResult = { ok: true; name: string; progress: Progress } | { ok: false; error: TransferError };

/** The file's text for a player's progress. */
export function exportProgress(name: string, progress: Progress, now = new Date()): string {
  const file: TransferFile = { format: TRANSFER_FORMAT, version: TRANSFER_VERSION, exported: now.toISOString(), player: { name }, progress };
  return JSON.stringify(file, null, 2);
}

/** A file name that any system accepts: "bouwstenen-<name>-<date>.json". */
export function exportFileName(name: string, now = new Date()): string {
  const safe = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 30);
  return `bouwstenen-${safe || 'speler'}-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * Read a progress file: size first, then JSON, then what it is, its version, the name and the
 * progress, checked like any save. `bytes` is the file's size as the browser reports it.
 */
export function importProgress(text: string, bytes = text.length): TransferResult {
  const fail = (key: TransferError['key'], params?: TransferError['params']): TransferResult => ({ ok: false, error: { key, params } });
  if (bytes > MAX_TRANSFER_BYTES || text.length > MAX_TRANSFER_BYTES) return fail('tooBig', { kb: Math.round(bytes / 1024), max: MAX_TRANSFER_BYTES / 1024 });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('notJson');
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== TRANSFER_FORMAT) return fail('notOurs');
  const file = data as Partial<TransferFile>;
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) return fail('notOurs');
  if (file.version > TRANSFER_VERSION) return fail('newer', { version: file.version });
  const name = cleanName(file.player?.name, 'player');
  if (!name) return fail('noName');
  // a progress saved by an older version of the game is brought up to today's shape first
  const migrated = migrate('progress', file.progress);
  if (migrated.status === 'newer') return fail('newer', { version: file.version });
  const candidate = migrated.status === 'ok' ? migrated.value : file.progress;
  const progress = checkProgress(candidate);
  if (!progress) return fail('badProgress', { field: firstProblem(candidate) });
  return { ok: true, name, progress };
}

/** Where a progress does not fit its schema, as a path ("levels.phase-1-safety.plays"). */
function firstProblem(raw: unknown): string {
  const r = v.safeParse(ProgressSchema, raw);
  if (r.success) return '-';
  const issue = r.issues[0];
  const path = (issue.path ?? []).map((p) => String((p as { key: unknown }).key)).join('.');
  return path || 'progress';
}
