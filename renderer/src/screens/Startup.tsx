import { useState } from 'react';
import type { StartupStatus } from '../../../shared/data-api';
import { api } from '../api';
import { Diagnostics } from '../components/Diagnostics';
import { ErrorSummary } from '../components/ErrorSummary';
import { formatDateTime } from '../data-format';

type Problem = Exclude<StartupStatus, { kind: 'ok' }>;

function OpenFolder() {
  const [error, setError] = useState<string | null>(null);
  async function open() {
    const result = await api.openDataFolder();
    setError(result.ok ? null : result.error.message);
  }
  return (
    <>
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={open}>
        Open data folder
      </button>
      {error && (
        <p className="nhsuk-error-message" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

function Support() {
  return (
    <>
      <h2 className="nhsuk-heading-m">If you need help</h2>
      <p>
        Copy the diagnostic details into your message to support. They say which versions you have and what went wrong;
        they never include your assessments or names.
      </p>
      <Diagnostics />
    </>
  );
}

/**
 * What the start-up check found when it was not "ok", in plain words: what happened, what is
 * safe, and what the user can do. The safe choice comes first and is the main button.
 */
export function Startup({ status, onOpened }: { status: Problem; onOpened: (notice: string | null) => void }) {
  const [current, setCurrent] = useState<Problem>(status);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(call: () => ReturnType<typeof api.retryStartup>, notice: string | null) {
    setBusy(true);
    setError(null);
    const result = await call();
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    if (result.value.kind === 'ok') onOpened(notice);
    else {
      setCurrent(result.value);
      if (result.value.kind === 'unavailable') setError(`Still not possible. ${result.value.message}`);
    }
  }

  if (current.kind === 'needs-recovery') {
    const backup = current.newestBackup;
    return (
      <>
        <h1 className="nhsuk-heading-l">Your data file could not be read</h1>
        <p>
          Neighbourhood Ready checks your data every time it starts. This time the file could not be read: it is
          damaged, or it is not a Neighbourhood Ready data file.
        </p>
        <div className="app-notice">
          <p>
            <strong>Nothing has been deleted.</strong> The file has been kept, renamed, in{' '}
            <span className="app-path">{current.folder}</span> as{' '}
            <span className="app-path">{current.movedAsideAs}</span>.
          </p>
          <p className="nhsuk-u-margin-bottom-0">Your backups are kept in the backups folder beside it.</p>
        </div>
        {error && (
          <ErrorSummary title="That did not work">
            <p>{error}</p>
          </ErrorSummary>
        )}
        <h2 className="nhsuk-heading-m">What you can do</h2>
        {backup ? (
          <>
            <p>
              Your newest backup is from {formatDateTime(backup.createdAt)}. Restoring it brings back your assessments
              as they were then; changes made after that are not in it.
            </p>
            <button
              type="button"
              className="nhsuk-button"
              disabled={busy}
              onClick={() =>
                run(
                  () => api.recoverStartup({ choice: 'restore-newest' }),
                  `Your data was restored from the backup of ${formatDateTime(backup.createdAt)}. The file that could not be read is kept in the data folder as ${current.movedAsideAs}.`,
                )
              }
            >
              Restore the newest backup, from {formatDateTime(backup.createdAt)}
            </button>
            <p>
              Or start again with no assessments. The file that could not be read and your backups stay where they are,
              and you can restore a backup later from "Your data and backups".
            </p>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              disabled={busy}
              onClick={() => run(() => api.recoverStartup({ choice: 'start-empty' }), null)}
            >
              Start with an empty database
            </button>
          </>
        ) : (
          <>
            <p>
              There is no backup to restore. You can start again with no assessments; the file that could not be read
              stays in the data folder, so someone with technical knowledge may still be able to recover it.
            </p>
            <button
              type="button"
              className="nhsuk-button"
              disabled={busy}
              onClick={() => run(() => api.recoverStartup({ choice: 'start-empty' }), null)}
            >
              Start with an empty database
            </button>
          </>
        )}
        <div>
          <OpenFolder />
        </div>
        <Support />
      </>
    );
  }

  if (current.kind === 'newer') {
    return (
      <>
        <h1 className="nhsuk-heading-l">Your data is from a newer version of Neighbourhood Ready</h1>
        <p>{current.message}</p>
        <div className="app-notice">
          <p className="nhsuk-u-margin-bottom-0">
            Your data is in <span className="app-path">{current.folder}</span>. This version of the app will not change
            it, so nothing in it can be lost by opening it here.
          </p>
        </div>
        <div>
          <OpenFolder />
        </div>
        <Support />
      </>
    );
  }

  return (
    <>
      <h1 className="nhsuk-heading-l">Neighbourhood Ready cannot open your data</h1>
      {error ? (
        <ErrorSummary title="Your data could not be opened">
          <p>{error}</p>
        </ErrorSummary>
      ) : (
        <p>{current.message}</p>
      )}
      <p>Your data has not been changed, moved or deleted.</p>
      <button
        type="button"
        className="nhsuk-button"
        disabled={busy}
        onClick={() => run(() => api.retryStartup(), null)}
      >
        Try again
      </button>{' '}
      <OpenFolder />
      <Support />
    </>
  );
}
