import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../src/trainer/report';
import { level, record } from './fixtures';
import { DRAWN_DAMAGE } from '../../src/model/look';

const t = (k: string, p?: Record<string, string | number>) => (p ? `${k}(${Object.values(p).join(',')})` : k);
const names = (kind: string, i: number) => `${kind}${i}`;

describe('the report', () => {
  it('shows every choice with the feedback seen, the towers, reflections and time', () => {
    const l = level(
      [
        ['s1', 'r1'],
        ['s2', 'r2'],
      ],
      { questions: [{ question: 'Wat zag je?', answer: 'Veel.' }], ruptures: 2, repairs: 1 },
    );
    l.choices[1].why = 'Omdat het kind huilde';
    l.choices[1].repair = true;
    const html = reportHtml(record('Anna', [l], { student: { name: 'Anna', number: '12345' } }), t, names, DRAWN_DAMAGE);
    expect(html).toContain('Anna · 12345');
    expect(html.match(/<tr><td>\d<\/td>/g)).toHaveLength(2);
    expect(html).toContain('text r2');
    expect(html).toContain('Omdat het kind huilde');
    expect(html).toContain('trainer.report.ruptures(2)');
    expect(html).toContain('trainer.report.repair<');
    expect(html).toContain('Wat zag je?');
    expect(html).toContain('Veel.');
    expect(html).toContain('status.short.solid');
    expect(html).toContain('@media print');
  });

  it('a level played again: the first attempt beside the last', () => {
    const l = level([['s1', 'r9']], { attempts: 3 });
    l.first = {
      choices: level([
        ['s1', 'r1'],
        ['s2', 'r2'],
      ]).choices,
      end: l.end,
      ruptures: 4,
      repairs: 1,
      seconds: 300,
    };
    const html = reportHtml(record('Anna', [l]), t, names, DRAWN_DAMAGE);
    expect(html).toContain('trainer.report.firstAttempt(3)');
    expect(html).toContain('trainer.report.lastAttempt');
    expect(html).toContain('trainer.report.ruptures(4)');
    expect(html.indexOf('text r1')).toBeLessThan(html.indexOf('text r9'));
    expect(reportHtml(record('Anna', [level([['s1', 'r1']])]), t, names, DRAWN_DAMAGE)).not.toContain('firstAttempt');
  });

  it('shows HTML and script from names, notes and reflections only as text', () => {
    const l = level([['s1', 'r1']], { questions: [{ question: 'Q', answer: '<img src=x onerror=alert(1)>' }] });
    l.choices[0].why = '</td><script>alert(2)</script>';
    const r = record('<script>alert(3)</script>', [l]);
    r.assignment.note = '"><iframe src=javascript:alert(4)>';
    const html = reportHtml(r, t, names, DRAWN_DAMAGE);
    expect(html).not.toMatch(/<script>alert|<img src|<iframe/);
    expect(html).toContain('&lt;script&gt;alert(3)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
