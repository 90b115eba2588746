// Shared by the command-line tools: one line on stderr and exit 2 for bad input, never a stack trace.
import { InputError } from '../model/plan';

export function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(2);
}

export async function main(body: () => Promise<void> | void) {
  try {
    await body();
  } catch (e) {
    if (e instanceof InputError) fail(e.message);
    const msg = e instanceof Error ? e.message : String(e);
    fail(msg.split('\n')[0]);
  }
}
