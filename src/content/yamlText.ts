// YAML text to plain data, for the content check, the command line and the build. YAML lets an
// alias point into its own anchor (`a: &x {b: *x}`): the parser then gives a structure that
// contains itself, and everything that walks it (the schema, the locale flattening, JSON) runs
// forever or overflows the stack. Such a file, or one nested past any real content, is refused
// here with the path where it happens.
import { parse } from 'yaml';

/** Far deeper than any content file (a level is about 8 deep), shallow enough for any walk. */
const MAX_DEPTH = 64;
/** Aliases a file may use: the parser's own guard against alias bombs, stated here. */
const MAX_ALIASES = 100;

/** The first place where the data contains itself or nests too deep, as a path; null when it is a plain tree. */
export function loopOrDepth(data: unknown): { path: string; kind: 'loop' | 'depth' } | null {
  // depth first, without recursion: each entry is a node and the path to it, with its ancestors
  const stack: { node: unknown; path: string; above: readonly object[] }[] = [{ node: data, path: '', above: [] }];
  while (stack.length) {
    const { node, path, above } = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (above.includes(node)) return { path: path || '(top)', kind: 'loop' };
    if (above.length >= MAX_DEPTH) return { path: path || '(top)', kind: 'depth' };
    const next = [...above, node];
    const entries: [string, unknown][] = Array.isArray(node) ? node.map((v, i) => [`[${i}]`, v]) : Object.entries(node).map(([k, v]) => [path ? `.${k}` : k, v]);
    for (const [step, child] of entries) stack.push({ node: child, path: `${path}${step}`, above: next });
  }
  return null;
}

/** Parse YAML text; throws an Error whose first line says what is wrong and where. */
export function parseYaml(text: string): unknown {
  const data = parse(text, { prettyErrors: true, maxAliasCount: MAX_ALIASES });
  const bad = loopOrDepth(data);
  if (bad?.kind === 'loop') throw new Error(`refers to itself at ${bad.path} (an alias *name inside its own anchor &name); write the text out instead`);
  if (bad) throw new Error(`nests deeper than ${MAX_DEPTH} levels at ${bad.path}`);
  return data;
}
