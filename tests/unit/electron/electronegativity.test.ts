/**
 * Runs Doyensec's Electronegativity over main/electron through its API (its CLI exits 0
 * even with findings) and fails on any finding not reviewed in .electronegativity-allow.json.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

type Finding = { id: string; file: string; location: { line: number; column: number }; description: string; manualReview: boolean };
type Report = { globalChecks: number; atomicChecks: number; errors: Array<{ file: string; message: string; tolerable: boolean }>; issues: Finding[] };
type Allowed = { check: string; file: string; reason: string };

const require = createRequire(import.meta.url);
type Run = (options: object, forCli: boolean) => Promise<Report>;
// The package's main export is the runner itself (Babel's add-module-exports), or `default` on newer builds.
const runModule = require('@doyensec/electronegativity') as Run | { default: Run };
const runElectronegativity: Run = typeof runModule === 'function' ? runModule : runModule.default;
const allowList = (JSON.parse(readFileSync('.electronegativity-allow.json', 'utf8')) as { allow: Allowed[] }).allow;
const electronVersion = (JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;

let report: Report;

beforeAll(async () => {
  report = await runElectronegativity(
    {
      input: resolve('main/electron'),
      isRelative: true,
      electronVersionOverride: electronVersion,
      // This check downloads Electron's release list; offline (and for a repeatable test)
      // the Electron version is checked by electron/security.test.ts instead.
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      parserPlugins: [],
    },
    false,
  );
}, 60_000);

const isAllowed = (finding: Finding) => allowList.some((a) => a.check === finding.id && a.file === finding.file);

describe('Electronegativity', () => {
  it('runs its checks and parses every file of main/electron', () => {
    expect(report.atomicChecks).toBeGreaterThan(30);
    expect(report.errors.filter((e) => !e.tolerable)).toEqual([]);
  });

  it('finds nothing that was not reviewed', () => {
    const unreviewed = report.issues
      .filter((finding) => !isAllowed(finding))
      .map((f) => `${f.id} at ${f.file}:${f.location.line}:${f.location.column}: ${f.description}`);
    expect(unreviewed).toEqual([]);
  });

  it('gives a reason for every allowed finding, and keeps no stale entries', () => {
    for (const entry of allowList) {
      expect(entry.reason.length, `${entry.check} needs a reason`).toBeGreaterThan(30);
      expect(
        report.issues.some((f) => f.id === entry.check && f.file === entry.file),
        `${entry.check} in ${entry.file} is no longer reported: remove it from the allow list`,
      ).toBe(true);
    }
  });
});
