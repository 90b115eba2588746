// Opening the printable answer cards (cardSheet.ts) from a screen: a page of its own in a new tab,
// or a download when the browser blocks the tab. For the trainer screen and class mode.
import { download } from '../game/assignment';
import { getLang, tIn } from '../services/i18n';
import { cardSheetHtml } from './cardSheet';

/** Opens the cards to print; 'downloaded' when the tab was blocked (say so: the file is in downloads). */
export function openCardSheet(): 'opened' | 'downloaded' {
  const lang = getLang();
  const html = cardSheetHtml((k, p) => tIn(lang, k, p), lang);
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const opened = window.open(url, '_blank');
  if (opened) {
    opened.opener = null;
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return 'opened';
  }
  URL.revokeObjectURL(url);
  download(`${tIn(lang, 'answerCards.fileName')}-${lang}.html`, html, 'text/html;charset=utf-8');
  return 'downloaded';
}
