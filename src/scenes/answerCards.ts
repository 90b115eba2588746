// The printed answer cards and the camera, as screens use them: the printable sheet (from the
// trainer screen and class mode) and the camera as a way for class mode's votes to come in.
import { cardSheetHtml } from '../class/cardSheet';
import { getLang, tIn } from '../services/i18n';
import { download } from '../ui/download';

/** Opens the cards to print in a new tab; 'downloaded' when the tab was blocked (say so: the file is in downloads). */
export function openCardSheet(): 'opened' | 'downloaded' {
  const lang = getLang();
  const html = cardSheetHtml((k, p) => tIn(lang, k, p), lang);
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const opened = window.open(url, '_blank');
  if (opened) {
    // the page is ours, but it needs no way back to the game
    opened.opener = null;
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return 'opened';
  }
  URL.revokeObjectURL(url);
  download(`${tIn(lang, 'answerCards.fileName')}-${lang}.html`, html, 'text/html;charset=utf-8');
  return 'downloaded';
}
