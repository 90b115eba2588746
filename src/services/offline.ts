/// <reference types="vite-plugin-pwa/vanillajs" />
// Offline and installing. The service worker (built by vite-plugin-pwa, Workbox) is registered
// once the title is up, so it never holds the title back. A new version waits until the player
// says "load now" on the title or the map, never in the middle of a scene. The browser's own
// install prompt (Android, desktop Chromium) is kept for an "Install" button; iPhone and iPad get
// a hint instead (they have no prompt).

import { read, save } from './store';

/** Chromium's install prompt event (not in TypeScript's DOM types). */
interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let applyUpdate: ((reload?: boolean) => Promise<void>) | undefined;
let waiting = false;
let installPrompt: InstallPromptEvent | undefined;
let registered = false;
const listeners = new Set<() => void>();

const notify = () => listeners.forEach((f) => f());

/** Told when an update starts waiting or the install prompt comes or goes; returns an unsubscribe. */
export function onOfflineChange(f: () => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}

/**
 * Catch the install prompt as early as the page starts: Chromium may fire it before the saves
 * and the service worker's registration have run (on a second visit).
 */
export function watchInstallPrompt() {
  window.addEventListener('beforeinstallprompt', (e) => {
    // no mini-infobar over the game: the title offers its own "Install" button
    e.preventDefault();
    installPrompt = e as InstallPromptEvent;
    notify();
  });
  window.addEventListener('appinstalled', () => {
    installPrompt = undefined;
    notify();
  });
}

/** Register the service worker (production builds only: the dev server has none). */
export async function registerOffline(): Promise<void> {
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // inside a SCORM package (its index.html carries the assignment): the package has no sw.js, and
  // a learning platform serves the game itself
  if (document.querySelector('meta[name="bouwstenen-assignment"]')) return;
  registered = true;
  const { registerSW } = await import('virtual:pwa-register');
  applyUpdate = registerSW({
    onNeedRefresh() {
      waiting = true;
      notify();
    },
    onRegisteredSW(_url, reg) {
      if (!reg) return;
      // look for a new version at once (registering a known worker again does not check for
      // one), and every hour for a tab left open for days (a classroom computer). Only after
      // register(): Chromium starts an update as a low-priority job, which it may hold back
      // while the page still counts as loading (up to a minute when the game keeps drawing), and
      // a register() queued behind it would wait as long.
      const check = () => reg.active && navigator.onLine && void reg.update().catch(() => {});
      check();
      window.setInterval(check, 60 * 60 * 1000);
    },
    onRegisterError(e) {
      // the game plays on without offline support (a private window, an old browser)
      console.warn('service worker not registered:', e);
    },
  });
}

/** A new version is downloaded and waits for the player. */
export const updateWaiting = () => waiting;

/** Switch to the new version: the page reloads once the new service worker has taken over. */
export async function loadUpdate(): Promise<void> {
  waiting = false;
  await applyUpdate?.(true);
}

/** The browser offers to install the game (Chromium); the title can show an "Install" button. */
export const canPrompt = () => !!installPrompt;

/** Show the browser's install dialog; true when the player installed the game. */
export async function promptInstall(): Promise<boolean> {
  const e = installPrompt;
  if (!e) return false;
  installPrompt = undefined;
  await e.prompt();
  const { outcome } = await e.userChoice;
  notify();
  return outcome === 'accepted';
}

/** How this device installs a web app: an iPhone or iPad by hand (Share, Add to Home Screen). */
function isAppleMobile(ua: string, platform: string, maxTouchPoints: number): boolean {
  // iPadOS 13+ says it is a Mac; only its touch screen tells it apart
  return /iPhone|iPad|iPod/.test(ua) || (platform === 'MacIntel' && maxTouchPoints > 1);
}

/** The game already runs from the home screen or as an installed app. */
function isInstalled(): boolean {
  return matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true;
}

/** Which install hint fits this browser, if any: only on phones and tablets, and until dismissed. */
export function installHintKind(): 'apple' | 'prompt' | null {
  if (hintDismissed || isInstalled()) return null;
  if (isAppleMobile(navigator.userAgent, navigator.platform, navigator.maxTouchPoints)) return 'apple';
  return canPrompt() && matchMedia('(pointer: coarse)').matches ? 'prompt' : null;
}

// the hint, once dismissed, stays away on this device (not per player)
const HINT_KEY = 'install-hint';
let hintDismissed = false;

/** Read whether the install hint was dismissed; runs with the saves, before the title is redrawn. */
export async function loadInstallHint(): Promise<void> {
  const raw = await read(HINT_KEY);
  hintDismissed = !!raw && typeof raw === 'object' && (raw as { dismissed?: unknown }).dismissed === true;
}

export async function dismissInstallHint(): Promise<void> {
  hintDismissed = true;
  notify();
  await save(HINT_KEY, { version: 1, dismissed: true });
}
