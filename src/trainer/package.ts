// The SCORM 1.2 package: the built game's files, the assignment (in index.html and as a file of
// its own) and an imsmanifest.xml, zipped in the browser with fflate. Pure apart from fflate.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { ASSIGNMENT_META, encodeAssignment, type Assignment } from './assignment';
import { esc } from './report';

/**
 * No adlcp:masteryscore: with one, Moodle turns any status into passed or failed as soon as a
 * score is there, so a student halfway would read "failed". The game says passed itself
 * (src/trainer/score.ts).
 */
export function manifest(a: Assignment, title: string, files: readonly string[]): string {
  const id = `bouwstenen-${a.id}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${esc(id)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-${esc(a.id)}">
    <organization identifier="org-${esc(a.id)}">
      <title>${esc(title)}</title>
      <item identifier="item-${esc(a.id)}" identifierref="res-${esc(a.id)}" isvisible="true">
        <title>${esc(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-${esc(a.id)}" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files.map((f) => `      <file href="${esc(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/** The game's index.html with the assignment in a meta tag, so the package opens it at once. */
export function withAssignment(indexHtml: string, a: Assignment): string {
  const tag = `<meta name="${ASSIGNMENT_META}" content="${encodeAssignment(a)}">`;
  const cleaned = indexHtml.replace(new RegExp(`<meta name="${ASSIGNMENT_META}"[^>]*>\\s*`, 'g'), '');
  return cleaned.includes('<head>') ? cleaned.replace('<head>', `<head>\n    ${tag}`) : `${tag}\n${cleaned}`;
}

/**
 * index.html without links to files the package lacks (the web app manifest, the home-screen
 * icon: a platform answers them with 404s). Addresses elsewhere (data:, https:) stay.
 */
function withoutMissing(indexHtml: string, has: (path: string) => boolean): string {
  return indexHtml.replace(/<(link|script)\b[^>]*\b(?:href|src)="([^"]*)"[^>]*>(\s*<\/script>)?\s*/g, (tag, _kind: string, ref: string) => {
    if (/^(?:[a-z]+:|\/\/|#)/i.test(ref)) return tag;
    const path = ref.replace(/^\.?\//, '').split(/[?#]/)[0];
    return has(path) ? tag : '';
  });
}

/**
 * The zip: every game file (index.html with the assignment), assignment.json and the manifest.
 * Files already compressed (fonts, sounds, images) are stored, the rest deflated.
 */
export function buildPackage(files: ReadonlyMap<string, Uint8Array>, a: Assignment, title: string): Uint8Array {
  const index = files.get('index.html');
  if (!index) throw new Error('index.html is missing from the game files');
  const all = new Map(files);
  all.set('index.html', strToU8(withoutMissing(withAssignment(new TextDecoder().decode(index), a), (p) => files.has(p))));
  all.set('assignment.json', strToU8(JSON.stringify({ link: encodeAssignment(a), ...a }, null, 1)));
  const list = [...all.keys()].sort();
  all.set('imsmanifest.xml', strToU8(manifest(a, title, list)));
  const zippable: Zippable = {};
  for (const [path, data] of all) {
    const stored = /\.(woff2?|mp3|ogg|png|jpe?g|webp|gz|zip)$/i.test(path);
    zippable[path] = [data, { level: stored ? 0 : 6 }];
  }
  return zipSync(zippable, { mtime: new Date('2026-01-01T00:00:00Z') });
}
