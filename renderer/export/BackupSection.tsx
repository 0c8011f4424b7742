import { useRef, useState } from 'react';
import type { Output } from '../../main/contract';
import type { Client } from '../api/client';
import { downloadText } from '../ui/downloads';
import { TaskStatus } from './TaskStatus';
import { useTask } from './use-task';

type ImportReport = Output<'importBackup'>;

/** The contract's limit on a backup's size. */
const MAX_BACKUP_CHARS = 500_000_000;

const COUNTS: { key: keyof Omit<ImportReport, 'errors'>; label: string; hint: string }[] = [
  { key: 'added', label: 'Added', hint: 'new to this library' },
  { key: 'updated', label: 'Updated', hint: 'newer in the backup' },
  { key: 'unchanged', label: 'Unchanged', hint: 'already here' },
  { key: 'detached', label: 'Detached', hint: 'passage not found in the current text' },
];

/** What a restore did, count by count, and every entry it could not take. */
function RestoreReport({ fileName, report }: { fileName: string; report: ImportReport }) {
  return (
    <div className="restore-report" data-testid="restore-report">
      <p className="restore-title">
        Restored from <code>{fileName}</code>
      </p>
      <dl className="restore-counts">
        {COUNTS.map(({ key, label, hint }) => (
          <div key={key} className="restore-count" data-count={key} data-zero={report[key] === 0 || undefined}>
            <dt>{label}</dt>
            <dd>
              <span className="restore-number">{report[key]}</span>
              <span className="restore-hint">{hint}</span>
            </dd>
          </div>
        ))}
      </dl>
      {report.errors.length > 0 && (
        <div className="restore-errors" role="alert">
          <p>
            {report.added + report.updated + report.unchanged === 0
              ? 'Nothing in this file could be restored:'
              : `${report.errors.length === 1 ? '1 entry' : `${report.errors.length} entries`} could not be restored:`}
          </p>
          <ul>
            {report.errors.map((error, i) => (
              <li key={i}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** Back up every annotation as W3C Web Annotations (JSON-LD), and restore from such a file. */
export function BackupSection({ client, onImported }: { client: Client; onImported(): void }) {
  const { busy, message, run } = useTask();
  const fileInput = useRef<HTMLInputElement>(null);
  const [restored, setRestored] = useState<{ fileName: string; report: ImportReport } | null>(null);

  const backUp = () =>
    run(
      'backup',
      async () => {
        setRestored(null);
        const { fileName, json } = await client.exportBackup({});
        downloadText(fileName, json, 'application/ld+json;charset=utf-8');
        return { kind: 'info', text: `Saved “${fileName}” to your downloads.` };
      },
      'Could not make the backup',
    );

  const restore = (file: File) =>
    run(
      'restore',
      async () => {
        setRestored(null);
        if (file.size > MAX_BACKUP_CHARS) return { kind: 'error', text: `“${file.name}” is too large to be a Lectern backup (over 500 MB).` };
        const report = await client.importBackup({ json: await file.text() });
        setRestored({ fileName: file.name, report });
        if (report.added + report.updated > 0) onImported();
        return null;
      },
      `Could not restore from “${file.name}”`,
    );

  return (
    <section className="export-section" aria-labelledby="backup-title">
      <h3 id="backup-title">Backup</h3>
      <p className="section-hint">Every highlight and note as W3C Web Annotations (JSON-LD). Restoring adds what is missing and never deletes.</p>
      <div className="button-row">
        <button type="button" className="button" disabled={busy !== null} onClick={backUp}>
          {busy === 'backup' ? 'Backing up…' : 'Back up annotations'}
        </button>
        <button type="button" className="button" disabled={busy !== null} onClick={() => fileInput.current?.click()}>
          {busy === 'restore' ? 'Restoring…' : 'Restore from backup…'}
        </button>
        <input
          ref={fileInput}
          type="file"
          hidden
          accept=".json,.jsonld,application/json,application/ld+json"
          aria-label="Backup file to restore"
          data-testid="restore-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void restore(file);
          }}
        />
      </div>
      <TaskStatus message={message} />
      {restored && <RestoreReport fileName={restored.fileName} report={restored.report} />}
    </section>
  );
}
