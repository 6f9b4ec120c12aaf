import { useCallback, useEffect, useRef, useState } from 'react';
import { type DataOverview, describeBackupReason, type RestoreCandidate } from '../../../shared/data-api';
import { api } from '../api';
import { Diagnostics } from '../components/Diagnostics';
import { ErrorSummary } from '../components/ErrorSummary';
import { formatBytes, formatDateTime } from '../data-format';
import { useApp } from '../store';

type Problem = { title: string; message: string };

/** The second confirmation before a restore. The safe choice comes first and has the focus. */
function ConfirmRestore({
  candidate,
  busy,
  onCancel,
  onConfirm,
}: {
  candidate: RestoreCandidate;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  const what = candidate.createdAt ? `the backup from ${formatDateTime(candidate.createdAt)}` : candidate.fileName;
  const count = candidate.assessments === 1 ? '1 assessment' : `${candidate.assessments} assessments`;
  return (
    <section className="app-question-panel" aria-labelledby="restore-confirm-heading">
      <h2 className="nhsuk-heading-m" id="restore-confirm-heading">
        Restore {what}?
      </h2>
      <p>
        It holds {count}
        {candidate.lastChanged ? `, last changed ${formatDateTime(candidate.lastChanged)}` : ''}. It has been checked
        and can be restored.
      </p>
      <p>
        First, your data as it is now is backed up, so you can come back to it. Then it is replaced by this backup:
        anything saved since will not show, but it stays in that new backup.
      </p>
      <button ref={keep} type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onCancel}>
        No, keep my data as it is
      </button>{' '}
      <button type="button" className="nhsuk-button nhsuk-button--warning" disabled={busy} onClick={onConfirm}>
        Yes, restore this backup
      </button>
    </section>
  );
}

/** Where the data lives, backups (automatic and on request), restore, and help for support. */
export function YourData() {
  const [overview, setOverview] = useState<DataOverview | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [candidate, setCandidate] = useState<RestoreCandidate | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const result = await api.dataOverview();
    if (result.ok) setOverview(result.value);
    else setProblem({ title: 'Your data could not be described', message: result.error.message });
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  function start() {
    setProblem(null);
    setNotice(null);
  }

  async function openFolder() {
    start();
    const result = await api.openDataFolder();
    if (!result.ok) setProblem({ title: 'The folder could not be opened', message: result.error.message });
  }

  async function backupNow() {
    start();
    setBusy(true);
    const result = await api.backupNow();
    setBusy(false);
    if (!result.ok) setProblem({ title: 'The backup was not saved', message: result.error.message });
    else if (result.value) {
      setNotice(
        `Backup saved as ${result.value.fileName} (${formatBytes(result.value.bytes)}). It was checked after it was written and is complete.`,
      );
    }
  }

  async function prepare(name: string) {
    start();
    const result = await api.prepareRestore({ name });
    if (!result.ok) setProblem({ title: 'This backup cannot be restored', message: result.error.message });
    else setCandidate(result.value);
  }

  async function chooseFile() {
    start();
    const result = await api.chooseRestoreFile();
    if (!result.ok) setProblem({ title: 'This file cannot be restored', message: result.error.message });
    else if (result.value) setCandidate(result.value);
  }

  async function restore() {
    if (!candidate) return;
    setBusy(true);
    const result = await api.restoreBackup({ token: candidate.token });
    setBusy(false);
    setCandidate(null);
    if (!result.ok) {
      setProblem({ title: 'The backup was not restored', message: result.error.message });
      return;
    }
    // Everything on screen came from the data that has just been replaced.
    useApp.setState({ current: null, previous: null, assessments: null, deleted: [] });
    setNotice(
      `Restored ${candidate.createdAt ? `the backup from ${formatDateTime(candidate.createdAt)}` : result.value.fileName}. ` +
        `Your data as it was just before is kept as a backup from ${formatDateTime(result.value.safetyBackup.createdAt)}, listed below.`,
    );
    await load();
  }

  return (
    <>
      <h1 className="nhsuk-heading-l">Your data and backups</h1>
      <p>Everything you enter is saved as you go, on this computer only, in one data file.</p>
      {problem && (
        <ErrorSummary title={problem.title}>
          <p>{problem.message}</p>
        </ErrorSummary>
      )}
      <div aria-live="polite">
        {notice && (
          <div className="app-notice">
            <p className="nhsuk-u-margin-bottom-0">{notice}</p>
          </div>
        )}
      </div>

      <h2 className="nhsuk-heading-m">Where your data is kept</h2>
      {overview && (
        <dl className="nhsuk-summary-list">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Folder</dt>
            <dd className="nhsuk-summary-list__value app-path">{overview.folder}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Data file</dt>
            <dd className="nhsuk-summary-list__value">
              <span className="app-path">{overview.fileName}</span> ({formatBytes(overview.bytes)})
            </dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Automatic backups</dt>
            <dd className="nhsuk-summary-list__value">
              In the <span className="app-path">backups</span> folder inside it
            </dd>
          </div>
        </dl>
      )}
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={openFolder}>
        Open data folder
      </button>

      <h2 className="nhsuk-heading-m">Back up now</h2>
      <p>
        Save a copy of all your assessments to a file of your choice, for example on a shared drive or a USB stick. The
        copy is checked after it is written.
      </p>
      <button type="button" className="nhsuk-button" disabled={busy} onClick={backupNow}>
        Back up now
      </button>

      <h2 className="nhsuk-heading-m">Restore a backup</h2>
      {candidate && (
        <ConfirmRestore candidate={candidate} busy={busy} onCancel={() => setCandidate(null)} onConfirm={restore} />
      )}
      <p>
        The app backs up your data when it starts (once a day), before updating its data format, before an import
        replaces data and before a restore. It keeps the newest {overview?.backupsKept ?? 10}.
      </p>
      {overview && overview.backups.length === 0 && <p>There are no automatic backups yet.</p>}
      {overview && overview.backups.length > 0 && (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Automatic backups, newest first</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                Taken
              </th>
              <th scope="col" className="nhsuk-table__header">
                Why
              </th>
              <th scope="col" className="nhsuk-table__header">
                Size
              </th>
              <th scope="col" className="nhsuk-table__header">
                <span className="nhsuk-u-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {overview.backups.map((b) => (
              <tr key={b.name} className="nhsuk-table__row">
                <td className="nhsuk-table__cell">{formatDateTime(b.createdAt)}</td>
                <td className="nhsuk-table__cell">{describeBackupReason(b.reason)}</td>
                <td className="nhsuk-table__cell">{formatBytes(b.bytes)}</td>
                <td className="nhsuk-table__cell">
                  <button
                    type="button"
                    className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                    disabled={busy}
                    onClick={() => prepare(b.name)}
                  >
                    Restore
                    <span className="nhsuk-u-visually-hidden"> the backup from {formatDateTime(b.createdAt)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>Or restore a backup you saved with "Back up now". It is checked before anything changes.</p>
      <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={busy} onClick={chooseFile}>
        Restore from a file…
      </button>

      <h2 className="nhsuk-heading-m">Help and support</h2>
      <p>
        If something goes wrong, copy these details into your message to support. They say which versions you have and
        which errors happened; they never include your assessments or names.
      </p>
      <Diagnostics />
    </>
  );
}
