/**
 * Importing the action tracker spreadsheet after it was edited in Excel: the main process reads
 * and checks it and sends a preview; nothing is written until the user chooses "Record this
 * check-in". A file with problems lists each one with its row number and cannot be recorded.
 */
import { useEffect, useRef } from 'react';
import { formatDateLong } from '../../../../shared/dates';
import type { TrackerPreview } from '../../../../shared/export/tracker';
import { ErrorSummary } from '../ErrorSummary';

interface Props {
  preview: TrackerPreview;
  busy: boolean;
  onRecord(): void;
  onCancel(): void;
}

export function TrackerImport({ preview, busy, onRecord, onCancel }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    (summaryRef.current ?? headingRef.current)?.focus();
  }, []);
  const changed = preview.changes.filter((c) => c.changed);

  if (preview.problems.length > 0) {
    return (
      <section aria-label={`${preview.fileName} cannot be imported`}>
        <ErrorSummary
          ref={summaryRef}
          title={`${preview.fileName} cannot be imported`}
          problems={preview.problems.map((p) => ({
            message: p.row === null ? p.message : `Row ${p.row}: ${p.message}`,
          }))}
        >
          <p>Nothing has been saved. Correct these in the spreadsheet, save it, then import it again:</p>
        </ErrorSummary>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onCancel}>
          Close
        </button>
      </section>
    );
  }

  return (
    <section className="app-tracker-preview" aria-labelledby="tracker-preview">
      <h2 className="nhsuk-heading-m" id="tracker-preview" ref={headingRef} tabIndex={-1}>
        Check the changes from {preview.fileName}
      </h2>
      <p>
        Nothing has been saved yet. Recording these as a check-in on {formatDateLong(preview.checkedOn)} keeps every
        earlier check-in as it was. {preview.changes.length - changed.length} of {preview.changes.length} actions are
        unchanged.
        {preview.notInSheet > 0 &&
          ` ${preview.notInSheet} ${preview.notInSheet === 1 ? 'action is' : 'actions are'} not in the spreadsheet and will be left as they are.`}
      </p>
      {changed.length === 0 ? (
        <p>Nothing has changed since the tracker was saved. You can still record it to confirm every status.</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">Changes in the spreadsheet</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Action</th>
              <th scope="col">Status</th>
              <th scope="col">New due date</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((c) => (
              <tr key={c.row}>
                <td>{c.row}</td>
                <td>{c.actionTitle}</td>
                <td>{c.from === c.to ? `${c.to} (unchanged)` : `${c.from} → ${c.to}`}</td>
                <td>{c.newDueDate ? formatDateLong(c.newDueDate) : 'No change'}</td>
                <td>{c.note || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="app-checkin__buttons">
        <button type="button" className="nhsuk-button" disabled={busy} onClick={onRecord}>
          {busy ? 'Saving…' : 'Record this check-in'}
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
