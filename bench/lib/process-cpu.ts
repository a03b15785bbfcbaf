/**
 * CPU time a process has used so far (user + system, ms), from Linux's /proc/<pid>/stat: how much work a
 * server did for a run, whatever share of the cores the load generator and other processes took.
 * `NaN` where /proc is not there (not Linux), so a table can say "n/a" instead of a made-up figure.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

export function processCpuMs(pid: number): number {
  try {
    // The fields after the command name, which is in parentheses and may hold spaces: utime and stime are
    // fields 14 and 15 of the line, so 12 and 13 after the closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticksPerSecond ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return Number.NaN;
  }
}
