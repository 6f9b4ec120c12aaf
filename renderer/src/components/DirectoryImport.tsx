/**
 * Importing NHS England's monthly "Patients Registered at a GP Practice" files. The main process
 * shows the file dialog, checks every file before writing anything, and replaces the directory
 * with a newer month. This shows the outcome in words: what was imported, or exactly why not. An
 * import that would shrink the directory sharply waits for the user to replace or keep.
 */
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { DirectoryShrinkWarning, DirectoryStatus } from '../../../shared/directory-api';
import { api } from '../api';
import { formatCount, formatMonthYearLong } from '../profile-form';
import { ErrorSummary } from './ErrorSummary';

export function importedMessage(status: DirectoryStatus): string {
  return (
    `Imported the directory for ${formatMonthYearLong(status.extractDate)}: ` +
    `${formatCount(status.pcnCount)} PCNs, ${formatCount(status.practiceCount)} practices`
  );
}

/** Which patient numbers came with the directory, and from when. */
export function sourcesNote(status: DirectoryStatus): string {
  const lists = status.listSizeExtractDate
    ? `Practice list sizes are from ${formatMonthYearLong(status.listSizeExtractDate)}.`
    : 'Practice list sizes were not imported.';
  const pops = status.populationExtractDate
    ? `PCN populations are from ${formatMonthYearLong(status.populationExtractDate)}.`
    : 'PCN populations were not imported.';
  return `${lists} ${pops}`;
}

/**
 * Where the files come from, shown as text to copy into a browser: the app itself never goes online.
 * The publication moved to NHS England with NHS Digital but keeps its digital.nhs.uk address.
 */
export const NHS_FILES_SOURCE = 'NHS England, “Patients Registered at a GP Practice” (monthly official statistics)';
export const NHS_FILES_PAGE =
  'https://digital.nhs.uk/data-and-information/publications/statistical/patients-registered-at-a-gp-practice';

function FilesNeeded() {
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Which files to import</span>
      </summary>
      <div className="nhsuk-details__text">
        <p>
          Source: {NHS_FILES_SOURCE}. They are free to download from this page (copy the address into your web browser,
          open the latest month, and download the CSV files below):
        </p>
        <p className="app-files-page">
          <code>{NHS_FILES_PAGE}</code>
        </p>
        <p>Then choose them together here:</p>
        <ul>
          <li>
            the practice-to-PCN mapping, named like <code>gp-reg-pat-prac-map</code> (needed)
          </li>
          <li>
            practice list sizes, named like <code>gp-reg-pat-prac-all</code> (optional)
          </li>
          <li>
            patients by single year of age, named like <code>gp-reg-pat-prac-sing-age-regions</code> (optional, for PCN
            populations)
          </li>
        </ul>
        <p className="nhsuk-u-margin-bottom-0">
          The files stay on this computer. Importing a newer month replaces the older one.
        </p>
      </div>
    </details>
  );
}

interface Props {
  status: DirectoryStatus | null;
  onImported(status: DirectoryStatus): void;
  /** Shown between the outcome of an import and the button once a directory is imported (the search). */
  children?: ReactNode;
  /** Changing this clears the outcome of the last import (e.g. once a PCN has been chosen). */
  outcomeKey?: number;
}

export function DirectoryImport({ status, onImported, children, outcomeKey }: Props) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<DirectoryStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [warning, setWarning] = useState<DirectoryShrinkWarning | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const warningRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  // Like NHS.UK's error summary and success banner: move focus to the outcome so it is read out.
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  useEffect(() => {
    if (warning) warningRef.current?.focus();
  }, [warning]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose whenever the key changes.
  useEffect(() => {
    setDone(null);
    setError(null);
    setWarning(null);
  }, [outcomeKey]);

  function show(result: Awaited<ReturnType<typeof api.confirmDirectoryImport>>) {
    if (!result.ok) setError(result.error.message);
    else if (result.value) {
      setDone(result.value);
      onImported(result.value);
    }
  }

  async function run() {
    if (busy) return;
    setBusy(true);
    setError(null);
    setDone(null);
    setWarning(null);
    try {
      const result = await api.importDirectory();
      if (result.ok && result.value && 'token' in result.value) setWarning(result.value);
      else show(result as Awaited<ReturnType<typeof api.confirmDirectoryImport>>);
    } catch {
      setError('The app could not reach its data store. Nothing was imported.');
    } finally {
      setBusy(false);
    }
  }

  async function answer(replace: boolean) {
    if (busy || !warning) return;
    setBusy(true);
    try {
      const result = await api.confirmDirectoryImport({ token: warning.token, replace });
      setWarning(null);
      show(result);
    } catch {
      setError('The app could not reach its data store. Nothing was imported.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="app-directory-import">
      {warning && (
        <div className="nhsuk-card nhsuk-card--warning" role="alert" aria-labelledby={`${id}-warning`}>
          <div className="nhsuk-card__content">
            <h2 className="nhsuk-card__heading" id={`${id}-warning`} ref={warningRef} tabIndex={-1}>
              <span className="nhsuk-u-visually-hidden">Important: </span>This would shrink your NHS directory
            </h2>
            <p className="nhsuk-body">{warning.message}</p>
            <div className="nhsuk-button-group nhsuk-u-margin-bottom-0">
              <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => answer(false)}>
                Keep my current directory
              </button>
              <button type="button" className="nhsuk-button nhsuk-button--warning" onClick={() => answer(true)}>
                Replace it with this file
              </button>
            </div>
          </div>
        </div>
      )}
      {error && (
        <ErrorSummary ref={errorRef} id={`${id}-error`} title="The NHS England files were not imported">
          <p>{error}</p>
        </ErrorSummary>
      )}
      {done && (
        <div
          className="nhsuk-notification-banner nhsuk-notification-banner--success"
          role="alert"
          aria-labelledby={`${id}-done`}
          ref={doneRef}
          tabIndex={-1}
        >
          <div className="nhsuk-notification-banner__header">
            <h2 className="nhsuk-notification-banner__title" id={`${id}-done`}>
              Success
            </h2>
          </div>
          <div className="nhsuk-notification-banner__content">
            <p className="nhsuk-notification-banner__heading">{importedMessage(done)}</p>
            <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
              {sourcesNote(done)} You can now search for your PCN below.
            </p>
          </div>
        </div>
      )}
      {status && children}
      {!status && (
        <>
          <p>
            You can import NHS England’s free monthly “Patients Registered at a GP Practice” files to pick your PCN from
            a list, with its practices and patient numbers filled in. Or just type the details below.
          </p>
          <FilesNeeded />
        </>
      )}
      <button
        type="button"
        className={`nhsuk-button nhsuk-button--secondary${status ? ' nhsuk-button--small' : ''}`}
        aria-disabled={busy || undefined}
        onClick={run}
      >
        {busy ? 'Importing…' : status ? 'Update the NHS directory' : 'Import NHS England files'}
      </button>
      {status && !done && <FilesNeeded />}
    </div>
  );
}
