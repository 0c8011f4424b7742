/**
 * The machine a run was measured on, recorded next to the figures: timings mean little
 * without the CPU, its core count and the engine versions.
 */
import { cpus, totalmem, loadavg, platform, release } from 'node:os';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** Where the Chromium used by browser benchmarks lives. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The machine description stored in the results JSON. */
export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  chromium: string | null;
  /** 1-minute load average when the run started: a busy machine explains slow figures. */
  loadAverageAtStart: number;
}

async function chromiumVersion(): Promise<string | null> {
  try {
    const { stdout } = await promisify(execFile)(CHROMIUM_PATH, ['--version'], { timeout: 10_000 });
    return stdout.trim();
  } catch {
    return null;
  }
}

/** Describes this machine. */
export async function describeMachine(): Promise<Machine> {
  const cpu = cpus();
  return {
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: await chromiumVersion(),
    loadAverageAtStart: loadavg()[0],
  };
}
