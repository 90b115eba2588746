// The printed answer cards and the camera, as screens use them: the printable sheet (from the
// trainer screen and class mode) and the camera as a way for class mode's votes to come in.
import { startCardCamera } from '../class/cardCamera';
import { cardSheetHtml } from '../class/cardSheet';
import type { CardRead } from '../class/markers';
import type { CameraProblem } from '../services/camera';
import { getLang, t, tIn } from '../services/i18n';
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

/** A camera that would not start, with the plain words class mode says (once) before it counts hands. */
class CameraUnavailable extends Error {
  constructor(readonly problem: CameraProblem) {
    super(t(`answerCards.camera.${problem}`));
  }
}

/**
 * The camera as a way for class mode's votes to come in (ClassMode's VoteSource): `start` reads
 * cards until stopped and passes on each card that is new or shows another letter (a card read
 * in every frame is passed on once); `place` shows only that the camera is on and how many cards
 * it sees now — never a picture, never a card's letter. Rejects with CameraUnavailable.
 */
export function cardVoteSource() {
  return {
    id: 'cards' as const,
    label: () => t('answerCards.camera.label'),
    start: async (onReads: (reads: CardRead[]) => void, place: HTMLElement): Promise<() => void> => {
      const passed = new Map<number, CardRead['letter']>();
      const say = (n: number | null) => {
        // class mode draws its screen anew now and then: find the place again by its id
        const here = place.isConnected ? place : (place.id && document.getElementById(place.id)) || place;
        here.textContent = n === null ? t('answerCards.camera.on') : `${t('answerCards.camera.on')} · ${n === 1 ? t('answerCards.camera.seeingOne') : t('answerCards.camera.seeing', { n })}`;
      };
      say(null);
      const started = await startCardCamera(({ reads, count }) => {
        const fresh = reads.filter((r) => passed.get(r.card) !== r.letter);
        for (const r of fresh) passed.set(r.card, r.letter);
        say(count);
        if (fresh.length) onReads(fresh);
      });
      if (!started.ok) throw new CameraUnavailable(started.problem);
      return () => started.camera.stop();
    },
  };
}
