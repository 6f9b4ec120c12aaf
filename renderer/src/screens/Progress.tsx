/**
 * Check-ins and progress: record a check-in (or import the action tracker edited in Excel), and
 * see progress on the plan: actions by status and by month against the plan, the burn-down,
 * what slipped and why, gaps closed, and the timeline of check-ins. Every figure comes from
 * shared/progress.ts, the same rules as the progress report PDF.
 */
import { useEffect, useRef, useState } from 'react';
import { formatDateLong, todayIso } from '../../../shared/dates';
import { type Action, type CheckIn, PROGRESS_STATUS_NAMES } from '../../../shared/domain';
import type { TrackerPreview } from '../../../shared/export/tracker';
import { findQuestion, getFramework } from '../../../shared/framework';
import { LEVEL_NAMES } from '../../../shared/framework/types';
import { type CheckInDraft, progressOf } from '../../../shared/progress';
import { api } from '../api';
import { ErrorSummary } from '../components/ErrorSummary';
import { ExportPanel } from '../components/ExportPanel';
import { BurnDown } from '../components/progress/BurnDown';
import { CheckInForm } from '../components/progress/CheckInForm';
import { TrackerImport } from '../components/progress/TrackerImport';
import { useApp } from '../store';

type Mode = { kind: 'view' } | { kind: 'form' } | { kind: 'preview'; preview: TrackerPreview };

function levelText(level: number | null, dontKnow = false): string {
  if (dontKnow) return "Don't know";
  return level === null ? 'Not answered' : `${level} ${LEVEL_NAMES[level as 0 | 1 | 2 | 3 | 4]}`;
}

export function Progress() {
  const current = useApp((s) => s.current);
  const patchCurrent = useApp((s) => s.patchCurrent);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const framework = current ? getFramework(current.frameworkVersion) : undefined;
  if (!current || !framework) return null;
  const today = todayIso(() => new Date());

  function saved(value: { actions: Action[]; checkIns: CheckIn[] }, text: string) {
    patchCurrent((a) => (a.id === current?.id ? { ...a, actions: value.actions, checkIns: value.checkIns } : a));
    setMode({ kind: 'view' });
    setNotice({ ok: true, text });
  }

  async function record(draft: CheckInDraft): Promise<string | null> {
    const result = await api.recordCheckIn({ assessmentId: current?.id as string, checkIn: draft });
    if (!result.ok) return result.error.message;
    saved(result.value, `Check-in of ${formatDateLong(draft.checkedOn)} saved.`);
    return null;
  }

  async function importTracker() {
    setNotice(null);
    setBusy(true);
    const result = await api.importTracker({ assessmentId: current?.id as string });
    setBusy(false);
    if (!result.ok) setNotice({ ok: false, text: result.error.message });
    else if (result.value) setMode({ kind: 'preview', preview: result.value });
  }

  async function resolve(preview: TrackerPreview, choice: 'record' | 'cancel') {
    if (!preview.token) {
      setMode({ kind: 'view' });
      return;
    }
    setBusy(true);
    const result = await api.resolveTrackerImport({ token: preview.token, choice });
    setBusy(false);
    if (!result.ok) setNotice({ ok: false, text: result.error.message });
    else if (result.value) saved(result.value, `Check-in from ${preview.fileName} saved.`);
    else setMode({ kind: 'view' });
  }

  if (current.actions.length === 0) {
    return (
      <div className="app-progress-view">
        <h1 className="nhsuk-heading-l">Check-ins and progress</h1>
        <p>The plan has no actions yet. Add actions in the action plan first; then check in on them here each month.</p>
      </div>
    );
  }

  if (mode.kind === 'form') {
    return (
      <CheckInForm assessment={current} today={today} onSubmit={record} onCancel={() => setMode({ kind: 'view' })} />
    );
  }

  const p = progressOf(current, today);
  const done = p.byStatus.find((s) => s.status === 'done')?.count ?? 0;
  const actionById = new Map(current.actions.map((a) => [a.id, a]));

  return (
    <div className="app-progress-view">
      <h1 className="nhsuk-heading-l nhsuk-u-margin-bottom-3">Check-ins and progress</h1>
      <p>
        Check in on the plan once a month, with the people who own the actions. Each check-in is kept as it was, so this
        page shows how the plan has gone, not only where it is.
      </p>
      <div aria-live="polite" ref={noticeRef} tabIndex={-1}>
        {notice &&
          (notice.ok ? (
            <p className="app-notice">{notice.text}</p>
          ) : (
            <ErrorSummary title="Nothing was imported">
              <p>{notice.text}</p>
            </ErrorSummary>
          ))}
      </div>

      {mode.kind === 'preview' ? (
        <TrackerImport
          preview={mode.preview}
          busy={busy}
          onRecord={() => resolve(mode.preview, 'record')}
          onCancel={() => resolve(mode.preview, 'cancel')}
        />
      ) : (
        <div className="app-checkin__buttons">
          <button type="button" className="nhsuk-button" onClick={() => setMode({ kind: 'form' })}>
            Record a check-in
          </button>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            disabled={busy}
            onClick={importTracker}
          >
            {busy ? 'Reading…' : 'Import the action tracker (Excel)'}
          </button>
        </div>
      )}

      <ul className="app-plan-glance" aria-label="Progress at a glance">
        <li className="app-plan-glance__item">
          <span className="app-plan-glance__number">
            {done} of {p.actions.length}
          </span>
          actions done
        </li>
        <li className={`app-plan-glance__item${p.slipped.length > 0 ? ' app-plan-glance__item--attention' : ''}`}>
          <span className="app-plan-glance__number">{p.slipped.length}</span>
          slipped
        </li>
        <li className="app-plan-glance__item">
          <span className="app-plan-glance__number">{p.gapsClosed}</span>
          {p.gapsClosed === 1 ? 'gap' : 'gaps'} closed, of {p.questions.length} questions the plan targets
        </li>
        <li className="app-plan-glance__item">
          <span className="app-plan-glance__number">{current.checkIns.length}</span>
          {current.checkIns.length === 1 ? 'check-in' : 'check-ins'}
          {p.lastCheckIn ? `, latest ${formatDateLong(p.lastCheckIn.checkedOn)}` : ''}
        </li>
      </ul>

      <h2 className="nhsuk-heading-m">Actions by status and month</h2>
      <div className="app-progress-tables">
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">By status now</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Status</th>
              <th scope="col" className="app-number">
                Actions
              </th>
            </tr>
          </thead>
          <tbody>
            {p.byStatus.map((s) => (
              <tr key={s.status}>
                <th scope="row">{s.name}</th>
                <td className="app-number">{s.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">
            By the month the plan expected them to finish
          </caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="app-number">
                Planned
              </th>
              <th scope="col" className="app-number">
                Done
              </th>
              <th scope="col" className="app-number">
                Still open
              </th>
              <th scope="col" className="app-number">
                Dropped
              </th>
            </tr>
          </thead>
          <tbody>
            {p.byMonth.map((m) => (
              <tr key={m.month} className={m.month === p.currentMonth ? 'app-progress-current' : undefined}>
                <th scope="row">
                  Month {m.month} ({m.label}){m.month === p.currentMonth ? ', this month' : ''}
                </th>
                <td className="app-number">{m.planned}</td>
                <td className="app-number">{m.done}</td>
                <td className="app-number">{m.open}</td>
                <td className="app-number">{m.dropped}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 className="nhsuk-heading-m">Burn-down of the plan</h2>
      <BurnDown points={p.burnDown} />

      <h2 className="nhsuk-heading-m">What slipped and why</h2>
      {p.slipped.length === 0 ? (
        <p>Nothing has slipped: no due date has moved and nothing open is past its due date.</p>
      ) : (
        <ul className="nhsuk-list app-slipped">
          {p.slipped.map((s) => (
            <li key={s.action.id}>
              <strong>{s.action.title}</strong> ({s.statusName}).{' '}
              {s.moved
                ? `Due date moved from ${formatDateLong(s.plannedDueDate)} to ${formatDateLong(s.dueDate)}.`
                : `Was due ${formatDateLong(s.dueDate)}: overdue.`}{' '}
              {s.reasons.length > 0
                ? `Why: ${s.reasons.join(' ')}`
                : s.latestNote
                  ? `Note: ${s.latestNote}`
                  : 'No reason recorded yet.'}
            </li>
          ))}
        </ul>
      )}

      <h2 className="nhsuk-heading-m">Gaps closed</h2>
      {p.questions.every((q) => q.latest === null) ? (
        <p>No question has been rated again yet. You can rate the questions the plan targets at any check-in.</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">
            Questions rated again at a check-in
          </caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Question</th>
              <th scope="col">At the assessment</th>
              <th scope="col">Latest rating</th>
              <th scope="col">Target</th>
              <th scope="col">Gap closed?</th>
            </tr>
          </thead>
          <tbody>
            {p.questions
              .filter((q) => q.latest !== null)
              .map((q) => (
                <tr key={q.questionId}>
                  <td>{findQuestion(framework, q.questionId)?.question.text}</td>
                  <td>{levelText(q.assessed)}</td>
                  <td>
                    {levelText(q.latest?.current ?? null, q.latest?.dontKnow)}
                    {q.latestOn ? `, ${formatDateLong(q.latestOn)}` : ''}
                  </td>
                  <td>{levelText(q.target)}</td>
                  <td>{q.closed ? 'Yes, closed' : 'Not yet'}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}

      <h2 className="nhsuk-heading-m">Timeline of check-ins</h2>
      {current.checkIns.length === 0 ? (
        <p>No check-in yet. Record the first one when the plan has been running for a month.</p>
      ) : (
        <ol className="app-checkin-timeline" reversed>
          {[...current.checkIns].reverse().map((c) => {
            // What the check-in changed: a note, a new date, or a new status.
            const noted = c.entries.filter((e) => e.note || e.newDueDate || e.previousStatus !== e.status);
            return (
              <li key={c.id} className="app-checkin-timeline__item">
                <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">
                  {formatDateLong(c.checkedOn)}
                  <span className="app-checkin-timeline__source">
                    {c.source === 'app' ? ' · in the app' : ' · from the spreadsheet'}
                  </span>
                </h3>
                {c.note && <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">{c.note}</p>}
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
                  {['done', 'in-progress', 'not-started', 'blocked', 'dropped']
                    .map((s) => [s, c.entries.filter((e) => e.status === s).length] as const)
                    .filter(([, n]) => n > 0)
                    .map(([s, n]) => `${PROGRESS_STATUS_NAMES[s as 'done']}: ${n}`)
                    .join(' · ')}
                  {c.ratings.length > 0
                    ? ` · ${c.ratings.length} ${c.ratings.length === 1 ? 'question' : 'questions'} rated again`
                    : ''}
                </p>
                {noted.length > 0 && (
                  <ul className="nhsuk-list nhsuk-body-s app-checkin-timeline__entries">
                    {noted.map((e) => (
                      <li key={e.actionId}>
                        <strong>{actionById.get(e.actionId)?.title ?? e.actionTitle}</strong>:{' '}
                        {e.previousStatus === e.status
                          ? PROGRESS_STATUS_NAMES[e.status]
                          : `${PROGRESS_STATUS_NAMES[e.previousStatus]} → ${PROGRESS_STATUS_NAMES[e.status]}`}
                        {e.newDueDate ? `, now due ${formatDateLong(e.newDueDate)}` : ''}
                        {e.note ? `. ${e.note}` : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}

      <ExportPanel
        assessmentId={current.id}
        heading="Report progress"
        formats={['progress', 'statement', 'xlsx', 'docx']}
      />
    </div>
  );
}
