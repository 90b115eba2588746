#!/usr/bin/env node
// Synthesises Bouwstenen's sounds and writes them to assets/audio/ as .ogg and .mp3.
//
//   node scripts/make-sounds.mjs            (add --keep-wav to keep the 16-bit WAV sources)
//
// Everything is made from sine waves and seeded noise in this file: no samples, no downloads,
// no npm dependencies. The WAVs (16-bit mono PCM, 22050 Hz) go to a temporary folder, then
// oggenc (apt package vorbis-tools) makes the .ogg and lame (apt package lame) makes the .mp3.
// The output is deterministic: running it twice gives the same files on the same tool versions.
// Run by hand by a developer; the resulting files are committed. See assets/audio/README.md.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SR = 22050;
const OUT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'audio');
const keepWav = process.argv.includes('--keep-wav');

// ---------------------------------------------------------------- converters

const CONVERTERS = [
  { cmd: 'oggenc', pkg: 'vorbis-tools' },
  { cmd: 'lame', pkg: 'lame' },
];

function checkConverters() {
  const missing = CONVERTERS.filter(({ cmd }) => {
    const r = spawnSync(cmd, ['--version'], { stdio: 'ignore' });
    return r.error !== undefined;
  });
  if (missing.length > 0) {
    const names = missing.map((m) => m.cmd).join(' and ');
    const pkgs = missing.map((m) => m.pkg).join(' ');
    console.error(`make-sounds: ${names} not found; install with: apt-get update && apt-get install -y ${pkgs}`);
    process.exit(1);
  }
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : (r.stderr || '').trim().split('\n').pop();
    console.error(`make-sounds: ${cmd} failed: ${why}`);
    process.exit(1);
  }
}

// ---------------------------------------------------------------- basics

const mtof = (m) => 440 * 2 ** ((m - 69) / 12);
const secs = (s) => Math.round(s * SR);
const dbToGain = (db) => 10 ** (db / 20);

/** Deterministic noise (mulberry32), so the files do not change between runs. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Adds one note to `out` starting at sample `start`.
 * partials: [ratio, amplitude, decay time constant in s (Infinity = sustained)]
 * The note is held for `dur` s, then released with a raised-cosine fade of `release` s.
 * With `wrap`, samples past the end wrap round to the start (for the seamless music loop).
 */
function note(out, start, o) {
  const { freq, dur, partials, gain = 1, attack = 0.01, release = 0.1, wrap = false, vibRate = 0, vibDepth = 0, glideFrom = freq, glideTime = 0, trem = null } = o;
  const n = out.length;
  const len = secs(dur + release);
  let phase = 0;
  for (let i = 0; i < len; i++) {
    const t = i / SR;
    let f = freq;
    if (glideTime > 0 && t < glideTime) f = glideFrom * (freq / glideFrom) ** (t / glideTime);
    if (vibDepth > 0) f *= 1 + vibDepth * Math.sin(2 * Math.PI * vibRate * t);
    phase += (2 * Math.PI * f) / SR;
    let env = gain;
    if (t < attack) env *= 0.5 - 0.5 * Math.cos((Math.PI * t) / attack);
    if (t > dur) env *= 0.5 + 0.5 * Math.cos((Math.PI * (t - dur)) / release);
    if (trem) env *= 1 - trem.depth * (0.5 - 0.5 * Math.cos(2 * Math.PI * trem.rate * t));
    let s = 0;
    for (const [ratio, amp, tau] of partials) {
      if (freq * ratio >= SR * 0.45) continue; // keep clear of Nyquist
      s += amp * Math.exp(-t / tau) * Math.sin(ratio * phase);
    }
    let k = start + i;
    if (wrap) k %= n;
    else if (k >= n) break;
    out[k] += env * s;
  }
}

/** RBJ biquad; type is 'lowpass' | 'highpass' | 'bandpass' (0 dB peak). */
function biquad(x, type, f0, q = Math.SQRT1_2) {
  const w = (2 * Math.PI * f0) / SR;
  const cw = Math.cos(w);
  const alpha = Math.sin(w) / (2 * q);
  let b0, b1, b2;
  if (type === 'lowpass') [b0, b1, b2] = [(1 - cw) / 2, 1 - cw, (1 - cw) / 2];
  else if (type === 'highpass') [b0, b1, b2] = [(1 + cw) / 2, -(1 + cw), (1 + cw) / 2];
  else [b0, b1, b2] = [alpha, 0, -alpha];
  const a0 = 1 + alpha;
  const a1 = -2 * cw;
  const a2 = 1 - alpha;
  const y = new Float64Array(x.length);
  let x1 = 0,
    x2 = 0,
    y1 = 0,
    y2 = 0;
  for (let i = 0; i < x.length; i++) {
    const v = (b0 * x[i] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2) / a0;
    x2 = x1;
    x1 = x[i];
    y2 = y1;
    y1 = v;
    y[i] = v;
  }
  return y;
}

/** Small mono Freeverb-style room: four damped combs into two allpasses. Returns the wet signal. */
function reverb(x, { feedback = 0.8, damp = 0.35 } = {}) {
  const combs = [558, 594, 638, 678].map((d) => ({ buf: new Float64Array(d), i: 0, lp: 0 }));
  const aps = [278, 220].map((d) => ({ buf: new Float64Array(d), i: 0 }));
  const y = new Float64Array(x.length);
  for (let k = 0; k < x.length; k++) {
    let s = 0;
    for (const c of combs) {
      const out = c.buf[c.i];
      c.lp = out * (1 - damp) + c.lp * damp;
      c.buf[c.i] = x[k] * 0.25 + c.lp * feedback;
      c.i = (c.i + 1) % c.buf.length;
      s += out;
    }
    for (const a of aps) {
      const b = a.buf[a.i];
      a.buf[a.i] = s + b * 0.5;
      s = b - s * 0.5;
      a.i = (a.i + 1) % a.buf.length;
    }
    y[k] = s;
  }
  return y;
}

/** Runs a stateful filter over a loop as if it had always been looping: the output wraps seamlessly. */
function circular(x, fn) {
  const n = x.length;
  const twice = new Float64Array(2 * n);
  twice.set(x, 0);
  twice.set(x, n);
  return fn(twice).slice(n);
}

function mix(target, src, gain = 1) {
  for (let i = 0; i < target.length; i++) target[i] += src[i] * gain;
  return target;
}

function peak(x) {
  let p = 0;
  for (const v of x) p = Math.max(p, Math.abs(v));
  return p;
}

function normalise(x, peakDb) {
  const g = dbToGain(peakDb) / peak(x);
  for (let i = 0; i < x.length; i++) x[i] *= g;
  return x;
}

function removeDc(x) {
  let m = 0;
  for (const v of x) m += v;
  m /= x.length;
  for (let i = 0; i < x.length; i++) x[i] -= m;
  return x;
}

/** Raised-cosine fade in and out, so a one-shot starts and ends at zero without a click. */
function fades(x, inMs, outMs) {
  const a = secs(inMs / 1000);
  const b = secs(outMs / 1000);
  for (let i = 0; i < a; i++) x[i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / a);
  for (let i = 0; i < b; i++) x[x.length - 1 - i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / b);
  return x;
}

/** Finishing for the one-shot effects: no DC, soft edges, peak at -6 dBFS. */
function finishEffect(x, { fadeInMs = 3, fadeOutMs = 20 } = {}) {
  x = biquad(x, 'highpass', 30);
  removeDc(x);
  fades(x, fadeInMs, fadeOutMs);
  return normalise(x, -6);
}

// ---------------------------------------------------------------- timbres

// Soft "celesta / electric piano": upper partials die away faster than the fundamental.
const KEYS = [
  [1, 1, 1.6],
  [2, 0.3, 0.45],
  [3, 0.08, 0.25],
  [4, 0.03, 0.15],
];
// Warm sustained pad (band-limited, triangle-like, plus a soft octave).
const PAD = [
  [1, 1, Infinity],
  [2, 0.22, Infinity],
  [3, 0.1, Infinity],
  [5, 0.03, Infinity],
];
// Round bass.
const BASS = [
  [1, 1, 1.8],
  [2, 0.3, 0.9],
  [3, 0.06, 0.5],
];
// Short soft pluck for the accompaniment.
const PLUCK = [
  [1, 1, 0.55],
  [2, 0.18, 0.25],
  [3, 0.05, 0.12],
];
// Glassy chime (slightly stretched partials).
const CHIME = [
  [1, 1, 0.5],
  [2.0, 0.18, 0.22],
  [3.01, 0.06, 0.12],
  [4.2, 0.02, 0.07],
];

// ---------------------------------------------------------------- music

/**
 * A 12-bar lullaby in F major, 3/4 at 70 bpm (30.86 s): a celesta-like melody over a soft pad,
 * a round bass on each downbeat and two quiet plucks on beats 2 and 3. Notes that ring past the
 * end wrap round to the start and every filter runs circularly, so the loop has no seam.
 * The melody rests and the pad breathes out in the last bar, so the loop point is quiet too
 * (that also hides the small gap an MP3 decoder may leave at the loop point).
 */
function music() {
  const bpm = 70;
  const beat = 60 / bpm;
  const bars = 12;
  const n = Math.round(bars * 3 * beat * SR); // 680400 samples, exactly
  const at = (bar, b = 0) => Math.round((bar * 3 + b) * beat * SR);

  // [pad voicing (MIDI), bass (MIDI)]
  const chords = [
    [[53, 57, 60], 41], // F
    [[53, 57, 62], 38], // Dm
    [[53, 58, 62], 46], // Bb
    [[52, 55, 60], 48], // C
    [[53, 57, 60], 41], // F
    [[52, 57, 60], 45], // Am
    [[52, 55, 58], 48], // C7
    [[53, 57, 60], 41], // F
    [[53, 57, 62], 38], // Dm
    [[53, 58, 62], 46], // Bb
    [[55, 58, 62], 43], // Gm
    [[53, 55, 60], 48], // Csus4, resolving to C on beat 2
  ];
  // One bar per line: [MIDI, beats]; null = rest.
  const melody = [
    [
      [69, 2],
      [72, 1],
    ],
    [
      [74, 2],
      [72, 1],
    ],
    [
      [70, 1],
      [69, 1],
      [67, 1],
    ],
    [[67, 3]],
    [
      [69, 2],
      [72, 1],
    ],
    [
      [76, 2],
      [72, 1],
    ],
    [
      [74, 1],
      [72, 1],
      [70, 1],
    ],
    [[69, 3]],
    [
      [77, 2],
      [76, 1],
    ],
    [
      [74, 2],
      [70, 1],
    ],
    [
      [70, 2],
      [69, 1],
    ],
    [
      [67, 2],
      [null, 1],
    ],
  ];

  const pad = new Float64Array(n);
  const rest = new Float64Array(n);

  chords.forEach(([voicing, bass], bar) => {
    const last = bar === bars - 1;
    // Pad: two slightly detuned voices per note, slow swell, long overlapping release.
    const padNotes = last
      ? [
          [voicing, 0, 1.5],
          [[52, 55, 60], 1.5, 0.6],
        ]
      : [[voicing, 0, 3]];
    for (const [notes, b0, beats] of padNotes) {
      for (const m of notes) {
        for (const cents of [-4, 4]) {
          note(pad, at(bar, b0), {
            freq: mtof(m) * 2 ** (cents / 1200),
            dur: beats * beat,
            partials: PAD,
            gain: last ? 0.055 : 0.07,
            attack: b0 > 0 ? 0.35 : 0.9,
            release: last && b0 > 0 ? 0.9 : 1.3,
            wrap: true,
          });
        }
      }
    }
    // Bass on the downbeat.
    note(rest, at(bar), {
      freq: mtof(bass),
      dur: 2.4 * beat,
      partials: BASS,
      gain: last ? 0.16 : 0.24,
      attack: 0.04,
      release: 0.5,
      wrap: true,
    });
    // Two quiet plucks on beats 2 and 3 (the upper two notes of the chord, an octave up).
    const upper = last ? [55, 60] : voicing.slice(1);
    for (const b of last ? [1] : [1, 2]) {
      for (const m of upper) {
        note(rest, at(bar, b), {
          freq: mtof(m + 12),
          dur: 0.6 * beat,
          partials: PLUCK,
          gain: b === 1 ? 0.075 : 0.06,
          attack: 0.012,
          release: 0.35,
          wrap: true,
        });
      }
    }
  });

  melody.forEach((bar, i) => {
    let b = 0;
    for (const [m, beats] of bar) {
      if (m !== null) {
        note(rest, at(i, b), {
          freq: mtof(m),
          dur: beats * beat * 0.92,
          partials: KEYS,
          gain: b === 0 ? 0.5 : 0.42,
          attack: 0.018,
          release: 0.45,
          wrap: true,
        });
      }
      b += beats;
    }
  });

  const padSoft = circular(pad, (x) => biquad(biquad(x, 'lowpass', 1100), 'lowpass', 1800));
  let x = mix(padSoft, rest);
  const wet = circular(x, (y) => reverb(y));
  mix(x, wet, 0.22);
  x = circular(x, (y) => biquad(y, 'lowpass', 3800));
  x = circular(x, (y) => biquad(y, 'highpass', 35));
  removeDc(x);
  return normalise(x, -12);
}

// ---------------------------------------------------------------- effects

/** choose: soft wooden pluck, ~120 ms. */
function choose() {
  const x = new Float64Array(secs(0.12));
  note(x, 0, {
    freq: mtof(77),
    glideFrom: mtof(77) * 1.12,
    glideTime: 0.012,
    dur: 0.12,
    release: 0.001,
    partials: [
      [1, 1, 0.03],
      [2, 0.22, 0.014],
      [3, 0.05, 0.008],
    ],
    attack: 0.002,
  });
  // A breath of filtered noise for the "tick" of the click.
  const r = rng(1);
  const tick = new Float64Array(x.length);
  for (let i = 0; i < secs(0.006); i++) tick[i] = (r() * 2 - 1) * Math.exp(-i / secs(0.0015));
  mix(x, biquad(tick, 'bandpass', 2200, 1.2), 0.35);
  return finishEffect(biquad(x, 'lowpass', 4500), { fadeInMs: 1, fadeOutMs: 15 });
}

/** grow: gentle rising three-note chime, F5 A5 C6, ~600 ms. */
function grow() {
  const x = new Float64Array(secs(0.6));
  [
    [77, 0],
    [81, 0.12],
    [84, 0.24],
  ].forEach(([m, t], i) => {
    note(x, secs(t), {
      freq: mtof(m),
      dur: 0.6,
      release: 0.001,
      partials: CHIME,
      gain: [0.8, 0.85, 1][i],
      attack: 0.004,
    });
  });
  return finishEffect(biquad(x, 'lowpass', 5000), { fadeOutMs: 60 });
}

/** crack: low thud plus a band-passed noise crack that crumbles away, and a faint beating low tone. ~500 ms. */
function crack() {
  const len = secs(0.5);
  const r = rng(7);
  // Noise: one sharp burst, then a dozen smaller crumbs that thin out.
  const noise = new Float64Array(len);
  const burst = (t0, amp, tau) => {
    const s = secs(t0);
    for (let i = 0; i < secs(tau * 6) && s + i < len; i++) {
      noise[s + i] += (r() * 2 - 1) * amp * Math.exp(-i / secs(tau));
    }
  };
  burst(0.0, 1, 0.022);
  for (let k = 0; k < 14; k++) {
    const t = 0.03 + 0.32 * (k / 14) ** 1.4 + r() * 0.02;
    burst(t, 0.55 * (1 - k / 16) * (0.6 + 0.4 * r()), 0.004 + 0.004 * r());
  }
  const crackle = mix(biquad(noise, 'bandpass', 1100, 1.3), biquad(noise, 'bandpass', 420, 1.0), 0.9);

  const x = new Float64Array(len);
  mix(x, biquad(crackle, 'lowpass', 3200), 3.2);
  // Thud: a tone that drops from 170 to 60 Hz and dies quickly; its overtones carry it on small speakers.
  note(x, 0, {
    freq: 60,
    glideFrom: 170,
    glideTime: 0.1,
    dur: 0.5,
    release: 0.001,
    partials: [
      [1, 1, 0.09],
      [2, 0.5, 0.06],
      [3, 0.2, 0.04],
    ],
    attack: 0.003,
    gain: 1,
  });
  // A faint low minor second (G2 against A-flat 2) that beats: uneasy, not scary.
  for (const m of [43, 44]) {
    note(x, secs(0.02), {
      freq: mtof(m),
      dur: 0.48,
      release: 0.001,
      partials: [
        [1, 1, 0.18],
        [2, 0.5, 0.14],
        [3, 0.25, 0.1],
      ],
      attack: 0.03,
      gain: 0.14,
    });
  }
  // Gentle saturation tames the noise peaks, so the crack is not much quieter than the other effects.
  const p = peak(x);
  for (let i = 0; i < len; i++) x[i] = Math.tanh((2.2 * x[i]) / p);
  return finishEffect(biquad(x, 'lowpass', 4500), { fadeOutMs: 60 });
}

/** heal: warm rising shimmer (F major arpeggio over a swelling chord), ~800 ms. */
function heal() {
  const x = new Float64Array(secs(0.8));
  // Swelling warm chord underneath: F4 A4 C5.
  for (const m of [65, 69, 72]) {
    for (const cents of [-5, 5]) {
      note(x, 0, {
        freq: mtof(m) * 2 ** (cents / 1200),
        dur: 0.45,
        release: 0.34,
        partials: PAD,
        attack: 0.3,
        gain: 0.11,
      });
    }
  }
  // Rising sparkle with a gentle tremolo; each note as a detuned pair for shimmer.
  [72, 77, 81, 84, 88, 89].forEach((m, i) => {
    for (const cents of [-6, 6]) {
      note(x, secs(0.05 + i * 0.075), {
        freq: mtof(m) * 2 ** (cents / 1200),
        dur: 0.8,
        release: 0.001,
        partials: CHIME,
        attack: 0.01,
        gain: 0.26 * (1 - i * 0.09),
        trem: { rate: 11, depth: 0.3 },
      });
    }
  });
  return finishEffect(biquad(x, 'lowpass', 5500), { fadeInMs: 5, fadeOutMs: 120 });
}

/** wobble: short low tone with a wide slow vibrato and a slight sag, ~400 ms. */
function wobble() {
  const x = new Float64Array(secs(0.4));
  note(x, 0, {
    freq: mtof(55) * 0.985,
    glideFrom: mtof(55),
    glideTime: 0.4,
    dur: 0.28,
    release: 0.12,
    partials: [
      [1, 1, Infinity],
      [2, 0.35, 0.4],
      [3, 0.12, 0.3],
      [4, 0.04, 0.2],
    ],
    attack: 0.02,
    vibRate: 7.5,
    vibDepth: 0.035,
    trem: { rate: 7.5, depth: 0.35 },
  });
  return finishEffect(biquad(x, 'lowpass', 2200), { fadeOutMs: 10 });
}

/** done: a short happy IV - V - I cadence in F with a rising top line, ~1.5 s. */
function done() {
  const x = new Float64Array(secs(1.5));
  const steps = [
    { t: 0.0, chord: [58, 62, 65], top: 74, dur: 0.2 }, // Bb, D5
    { t: 0.2, chord: [60, 64, 67], top: 76, dur: 0.25 }, // C, E5
    { t: 0.45, chord: [53, 57, 60, 65], top: 77, dur: 0.75 }, // F, F5
  ];
  for (const { t, chord, top, dur } of steps) {
    for (const m of chord) {
      note(x, secs(t), { freq: mtof(m), dur, release: 0.25, partials: KEYS, attack: 0.012, gain: 0.2 });
    }
    note(x, secs(t), { freq: mtof(top), dur, release: 0.25, partials: KEYS, attack: 0.008, gain: 0.55 });
  }
  // A last little sparkle an octave up on the tonic.
  note(x, secs(0.62), { freq: mtof(84), dur: 0.6, release: 0.2, partials: CHIME, attack: 0.006, gain: 0.22 });
  note(x, secs(0.45), { freq: mtof(41), dur: 0.8, release: 0.25, partials: BASS, attack: 0.03, gain: 0.3 });
  return finishEffect(biquad(x, 'lowpass', 5000), { fadeOutMs: 150 });
}

// ---------------------------------------------------------------- files

function wavBytes(x) {
  const data = Buffer.alloc(x.length * 2);
  for (let i = 0; i < x.length; i++) {
    const v = Math.max(-32768, Math.min(32767, Math.round(x[i] * 32767)));
    data.writeInt16LE(v, i * 2);
  }
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVE', 8, 'ascii');
  h.write('fmt ', 12, 'ascii');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(SR, 24);
  h.writeUInt32LE(SR * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

/** Duration of an Ogg Vorbis file: last page's granule position over the sample rate. */
function oggSeconds(buf) {
  const nseg = buf[26];
  const rate = buf.readUInt32LE(27 + nseg + 7 + 4 + 1);
  const last = buf.lastIndexOf('OggS');
  return Number(buf.readBigUInt64LE(last + 6)) / rate;
}

/** Duration of a LAME MP3 from its Xing/Info frame count and LAME encoder delay/padding. */
function mp3Seconds(buf) {
  let p = 0;
  if (buf.toString('latin1', 0, 3) === 'ID3') {
    p = 10 + ((buf[6] << 21) | (buf[7] << 14) | (buf[8] << 7) | buf[9]);
  }
  const ver = (buf[p + 1] >> 3) & 3; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
  const rates = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] }[ver];
  const rate = rates[(buf[p + 2] >> 2) & 3];
  const mono = ((buf[p + 3] >> 6) & 3) === 3;
  const side = ver === 3 ? (mono ? 17 : 32) : mono ? 9 : 17;
  const spf = ver === 3 ? 1152 : 576;
  let q = p + 4 + side;
  const tag = buf.toString('latin1', q, q + 4);
  if (tag !== 'Xing' && tag !== 'Info') return NaN;
  const flags = buf.readUInt32BE(q + 4);
  if (!(flags & 1)) return NaN;
  const frames = buf.readUInt32BE(q + 8);
  q += 8 + 4 + (flags & 2 ? 4 : 0) + (flags & 4 ? 100 : 0) + (flags & 8 ? 4 : 0);
  let delay = 0,
    padding = 0;
  if (buf.toString('latin1', q, q + 4) === 'LAME') {
    const d = q + 21;
    delay = (buf[d] << 4) | (buf[d + 1] >> 4);
    padding = ((buf[d + 1] & 0xf) << 8) | buf[d + 2];
  }
  return (frames * spf - delay - padding) / rate;
}

// ---------------------------------------------------------------- main

const SOUNDS = { music, choose, grow, crack, heal, wobble, done };

checkConverters();
mkdirSync(OUT_DIR, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'bouwstenen-sounds-'));
try {
  for (const [name, make] of Object.entries(SOUNDS)) {
    const samples = make();
    const wav = join(tmp, `${name}.wav`);
    writeFileSync(wav, wavBytes(samples));
    const ogg = join(OUT_DIR, `${name}.ogg`);
    const mp3 = join(OUT_DIR, `${name}.mp3`);
    run('oggenc', ['-Q', '-q', '3', '--serial', '1', '-o', ogg, wav]);
    run('lame', ['--quiet', '-m', 'm', '-V', '6', '--noreplaygain', wav, mp3]);
    for (const [file, seconds] of [
      [ogg, oggSeconds],
      [mp3, mp3Seconds],
    ]) {
      const kb = (statSync(file).size / 1024).toFixed(1);
      const dur = seconds(readFileSync(file)).toFixed(3);
      console.log(`${file.slice(OUT_DIR.length + 1).padEnd(11)} ${kb.padStart(7)} kB ${dur.padStart(8)} s`);
    }
  }
} finally {
  if (keepWav) console.log(`WAV sources kept in ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
