/**
 * Everything that leaves the app: the main process renders the file, asks where to save it and
 * writes it; the page only says which format.
 */
import { useState } from 'react';
import { api } from '../api';
import { useApp } from '../store';
import { ErrorSummary } from './ErrorSummary';

type Format = 'pdf' | 'csv' | 'html' | 'assessment' | 'xlsx' | 'docx' | 'progress' | 'statement';

const FORMATS: { format: Format; label: string; hint: string }[] = [
  {
    format: 'pdf',
    label: 'Save as PDF',
    hint: 'The full report for your board and the ICB: A4, ready to attach to an email.',
  },
  {
    format: 'csv',
    label: 'Save actions as CSV',
    hint: 'The actions as a spreadsheet, for ICB or PCN trackers. Opens in Excel.',
  },
  {
    format: 'html',
    label: 'Save as a web page',
    hint: 'The same report as an accessible web page, for screen-reader users and for publishing.',
  },
  {
    format: 'assessment',
    label: 'Save the assessment file',
    hint: 'Everything in this assessment, to open in another copy of Neighbourhood Ready.',
  },
  {
    format: 'xlsx',
    label: 'Save the action tracker (Excel)',
    hint: 'One row per action with a status drop-down. Update it in Excel, then import it here as a check-in.',
  },
  {
    format: 'docx',
    label: 'Save the plan for Word',
    hint: 'An editable Word document with a heading per area and the action tables, for board papers.',
  },
  {
    format: 'progress',
    label: 'Save the progress report (PDF)',
    hint: 'One to three pages: where the plan said you would be, where you are, what slipped and why, next month.',
  },
  {
    format: 'statement',
    label: 'Save the preparedness statement (PDF)',
    hint: 'One page for when the ICB asks how prepared the PCN is, with a place to sign.',
  },
];

const PLAN_FORMATS: Format[] = ['pdf', 'csv', 'html', 'assessment', 'xlsx', 'docx'];

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function ExportPanel({
  assessmentId,
  formats = PLAN_FORMATS,
  heading = 'Share the plan',
}: {
  assessmentId: string;
  formats?: Format[];
  heading?: string;
}) {
  const [busy, setBusy] = useState<Format | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function save(format: Format) {
    setBusy(format);
    setMessage(null);
    // The file holds what is on screen: anything still waiting or saving is saved first.
    if (!(await useApp.getState().settle())) {
      setBusy(null);
      setMessage({
        ok: false,
        text: 'Nothing was exported: a change could not be saved. Choose “Try again” beside the save status at the top, then export.',
      });
      return;
    }
    const result = await api.exportPlan({ assessmentId, format });
    setBusy(null);
    if (!result.ok) setMessage({ ok: false, text: result.error.message });
    else if (result.value)
      setMessage({ ok: true, text: `Saved ${result.value.fileName} (${size(result.value.bytes)}).` });
  }

  return (
    <section className="app-export" aria-labelledby="export-heading">
      <h2 className="nhsuk-heading-m" id="export-heading">
        {heading}
      </h2>
      <p>Each file is saved where you choose. Nothing is sent anywhere.</p>
      <ul className="nhsuk-list app-export__list">
        {FORMATS.filter((f) => formats.includes(f.format)).map((f) => (
          <li key={f.format}>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-1"
              disabled={busy !== null}
              aria-describedby={`export-${f.format}-hint`}
              onClick={() => save(f.format)}
            >
              {busy === f.format ? 'Saving…' : f.label}
            </button>
            <p className="nhsuk-body-s app-export__hint" id={`export-${f.format}-hint`}>
              {f.hint}
            </p>
          </li>
        ))}
      </ul>
      <div aria-live="polite">
        {message &&
          (message.ok ? (
            <p className="app-notice">{message.text}</p>
          ) : (
            <ErrorSummary level={3} title="The file was not saved">
              <p>{message.text}</p>
            </ErrorSummary>
          ))}
      </div>
    </section>
  );
}
