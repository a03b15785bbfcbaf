// Child process for the secrets.json race: reads <file> in a tight loop until stdin closes and reports
// how often it found the file present but not a complete JSON object (what a second process would see
// of a non-atomic write). Plain Node: it must start fast and spin, not compile TypeScript.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
let reads = 0;
let partial = 0;
let stop = false;
process.stdin.on('end', () => (stop = true)).resume();
process.stdout.write('ready\n');
const spin = () => {
  for (let i = 0; i < 2000; i++) {
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // absent between rounds: fine
    }
    reads++;
    try {
      const parsed = JSON.parse(text);
      if (typeof parsed.revalidate !== 'string' || typeof parsed.cron !== 'string') partial++;
    } catch {
      partial++;
    }
  }
  if (stop) process.stdout.write(`${JSON.stringify({ reads, partial })}\n`);
  else setImmediate(spin);
};
spin();
