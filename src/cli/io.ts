// Shared by the command-line tools: one line on stderr and exit 2 for bad input, never a stack trace.
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
