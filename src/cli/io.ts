// Shared by the command-line tools: one line on stderr and exit 2 for bad input, never a stack trace.
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { isatty } from 'node:tty';
import { InputError } from '../model/plan';

export function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(2);
}

/** Output piped into a reader that stops early (`| head`): end quietly, as Unix tools do. */
function quietOnClosedPipe() {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

export async function main(body: () => Promise<void> | void) {
  quietOnClosedPipe();
  try {
    await body();
  } catch (e) {
    if (e instanceof InputError) fail(e.message);
    const msg = e instanceof Error ? e.message : String(e);
    fail(msg.split('\n')[0]);
  }
}

/**
 * A file's text, or standard input's for "-", read so that no input can hang the tool: a pipe, a
 * device (/dev/zero, /dev/stdin on a terminal) or a folder is refused by what it is, before it is
 * opened (opening a named pipe waits for a writer); anything past `max` bytes is refused while
 * reading. Standard input must be piped or redirected: a terminal would wait for typing.
 */
export function readInput(file: string, max: number): string {
  let fd: number;
  if (file === '-') {
    if (isatty(0)) fail('-: reads the plan from standard input, but nothing is piped in (use: npm run -s tower -- - < plan.json)');
    fd = 0;
  } else {
    let st;
    try {
      st = statSync(file);
    } catch {
      fail(`${file}: cannot read the file`);
    }
    if (!st.isFile()) fail(`${file}: not a regular file (a folder, a device or a pipe cannot be read as a plan)`);
    if (st.size > max) fail(`${file}: is ${st.size} bytes, at most ${max} are read`);
    try {
      fd = openSync(file, 'r');
    } catch {
      fail(`${file}: cannot read the file`);
    }
  }
  // standard input may still be a device (< /dev/zero): bounded either way
  if (fd === 0 && !fstatSync(0).isFIFO() && !fstatSync(0).isFile() && !fstatSync(0).isSocket()) fail('-: standard input is not a file or a pipe');
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.alloc(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      // a non-blocking standard input with nothing yet: wait a moment and read again
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
        continue;
      }
      if (fd !== 0) closeSync(fd);
      fail(`${file}: cannot read the file`);
    }
    if (n === 0) break;
    total += n;
    if (total > max) {
      if (fd !== 0) closeSync(fd);
      fail(`${file}: is more than ${max} bytes, at most ${max} are read`);
    }
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  if (fd !== 0) closeSync(fd);
  return Buffer.concat(chunks).toString('utf8');
}
