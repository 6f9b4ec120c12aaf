/**
 * Everything that leaves the app: the main process renders the file, asks where to save it and
 * writes it; the page only says which format. Before a PDF or web page for the ICB is saved, the
 * ready-to-share check lists what is missing (from the report model), each with a link to fix
 * it; the user may still save, and the document then says it is a draft and what it does not
 * cover.
 */
import { useEffect, useRef, useState } from 'react';
import type { MissingItem, MissingKind, Readiness } from '../../../shared/report';
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

const KIND_HEADINGS: Record<MissingKind, string> = {
  unanswered: 'Questions not answered',
  'no-target': 'Questions without a six-month target',
  'open-gap': 'Gaps with neither an action nor a reason to defer',
  'no-owner': 'Actions without a named owner',
  'no-date': 'Actions without a due date',
};

/** The words of the link that fixes an item. */
function fixWords(item: MissingItem): string {
  switch (item.kind) {
    case 'unanswered':
      return 'Answer';
    case 'no-target':
      return 'Set a target for';
    case 'open-gap':
      return 'Add an action or defer';
    default:
      return 'Edit';
  }
}

interface Props {
  assessmentId: string;
  formats?: Format[];
  heading?: string;
  /** The ready-to-share check, before a PDF or web page for the ICB is saved; none where not given. */
  readiness?: Readiness;
  /** Takes the user to where an item of the check can be fixed. */
  onFix?(item: MissingItem): void;
}

export function ExportPanel({
  assessmentId,
  formats = PLAN_FORMATS,
  heading = 'Share the plan',
  readiness,
  onFix,
}: Props) {
  const [busy, setBusy] = useState<Format | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [checking, setChecking] = useState<'pdf' | 'html' | null>(null);
  const checkHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (checking) checkHeading.current?.focus();
  }, [checking]);

  function choose(format: Format) {
    if ((format === 'pdf' || format === 'html') && readiness && !readiness.ready) {
      setMessage(null);
      setChecking(format);
      return;
    }
    void save(format);
  }

  async function save(format: Format) {
    setChecking(null);
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
              onClick={() => choose(f.format)}
            >
              {busy === f.format ? 'Saving…' : f.label}
            </button>
            <p className="nhsuk-body-s app-export__hint" id={`export-${f.format}-hint`}>
              {f.hint}
            </p>
          </li>
        ))}
      </ul>
      {checking && readiness && (
        <div className="nhsuk-card nhsuk-card--warning app-export-check">
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading" tabIndex={-1} ref={checkHeading} id="export-check-heading">
              <span className="nhsuk-u-visually-hidden">Important: </span>Before you share this plan with the ICB
            </h3>
            <p className="nhsuk-body">
              It is not ready to share yet: {readiness.phrases.join(', ')}. You can fix these first, or save the{' '}
              {checking === 'pdf' ? 'PDF' : 'web page'} now: it will be marked Draft and say on its summary what it does
              not cover.
            </p>
            {(Object.keys(KIND_HEADINGS) as MissingKind[])
              .filter((kind) => readiness.counts[kind] > 0)
              .map((kind) => (
                <div key={kind} className="app-export-check__group">
                  <h4 className="nhsuk-heading-xs nhsuk-u-margin-bottom-2">
                    {KIND_HEADINGS[kind]} ({readiness.counts[kind]})
                  </h4>
                  <ul className="app-export-check__list">
                    {readiness.items
                      .filter((item) => item.kind === kind)
                      .map((item) => (
                        <li key={`${item.kind}-${item.questionId ?? item.actionId}`}>
                          <button type="button" className="app-link-button" onClick={() => onFix?.(item)}>
                            {fixWords(item)}
                            <span className="nhsuk-u-visually-hidden">:</span>
                          </button>{' '}
                          {item.text}
                        </li>
                      ))}
                  </ul>
                </div>
              ))}
            <div className="app-plan-card__buttons">
              <button type="button" className="nhsuk-button nhsuk-button--small" onClick={() => save(checking)}>
                Save the draft {checking === 'pdf' ? 'PDF' : 'web page'} anyway
              </button>
              <button type="button" className="app-link-button" onClick={() => setChecking(null)}>
                Cancel
              </button>
            </div>
          </div>
        </div>
      )}
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
