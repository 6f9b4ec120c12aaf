/**
 * One readiness area: what it is about and what each level looks like, how important it is to
 * the PCN, each question (now, six-month target, notes), partner organisations where the area
 * tracks them, a short summary, and the way on. Every change shows at once and is saved in order.
 */
import { useEffect } from 'react';
import { findArea, getFramework, lastTimeFor } from '../../../shared/framework';
import { areaResponseOf, patchAreaResponse, responseOf, saveAreaResponse } from '../actions/answers';
import { ImportanceRadios } from '../components/ImportanceRadios';
import { KeyboardShortcuts } from '../components/KeyboardShortcuts';
import { LevelTable } from '../components/LevelTable';
import { PartnersEditor } from '../components/PartnersEditor';
import { QuestionCard } from '../components/QuestionCard';
import { FieldSaveStatus } from '../components/SaveStatus';
import { focusQuestion, useAreaShortcuts } from '../components/useAreaShortcuts';
import { useDebouncedSave } from '../components/useDebouncedSave';
import { type Section, useApp } from '../store';

export function AreaPage({ areaId, questionId }: { areaId: string; questionId?: string | undefined }) {
  const current = useApp((s) => s.current);
  const previous = useApp((s) => s.previous);
  const goToSection = useApp((s) => s.goToSection);
  const assessmentId = current?.id ?? '';
  const summarySaver = useDebouncedSave(() => saveAreaResponse(assessmentId, areaId));

  const framework = current ? getFramework(current.frameworkVersion) : undefined;
  const area = framework ? findArea(framework, areaId) : undefined;
  const areas = framework?.areas ?? [];
  const index = areas.findIndex((a) => a.id === areaId);
  const prevArea = areas[index - 1];
  const nextArea = areas[index + 1];
  const prevSection: Section = prevArea ? { kind: 'area', areaId: prevArea.id } : { kind: 'profile' };
  const nextSection: Section = nextArea ? { kind: 'area', areaId: nextArea.id } : { kind: 'review' };

  // Asked to show one question (from "Check your answers"): after the shell has moved focus to
  // the top of the new screen, bring that question into view and focus it.
  useEffect(() => {
    if (!questionId) return;
    const frame = requestAnimationFrame(() => focusQuestion(questionId));
    return () => cancelAnimationFrame(frame);
  }, [questionId]);

  useAreaShortcuts({ next: () => goToSection(nextSection), previous: () => goToSection(prevSection) });

  if (!current || !framework || !area) {
    return (
      <>
        <h1 className="nhsuk-heading-l">This area cannot be shown</h1>
        <p>This assessment has no area called “{areaId}”. Choose another step from the list.</p>
      </>
    );
  }

  const areaNumber = index + 1;
  const areaResponse = areaResponseOf(current, areaId);
  // Last time's answers, read through the framework mapping when the last assessment used an older version.
  const previousFramework = previous ? getFramework(previous.frameworkVersion) : undefined;
  const lastTime = (questionId: string) =>
    previous && previousFramework
      ? lastTimeFor(framework, { framework: previousFramework, responses: previous.responses }, questionId)
      : null;

  return (
    <div className="app-area">
      <span className="nhsuk-caption-l">
        Area {areaNumber} of {areas.length}
      </span>
      <h1 className="nhsuk-heading-l">{area.title}</h1>
      <p className="nhsuk-lede-text app-area__purpose">{area.purpose}</p>

      {/* From framework 2026.2 every question carries its own words for each level instead. */}
      {area.questions.some((q) => !q.anchors) && <LevelTable area={area} />}
      <KeyboardShortcuts anchored={area.questions.some((q) => q.anchors)} />

      <ImportanceRadios
        areaId={areaId}
        value={areaResponse.importance}
        onChange={(importance) => {
          patchAreaResponse(areaId, (r) => ({ ...r, importance }));
          summarySaver.now();
        }}
      />

      {area.questions.map((question, i) => (
        <QuestionCard
          key={question.id}
          assessmentId={current.id}
          number={`${areaNumber}.${i + 1}`}
          question={question}
          response={responseOf(current, question.id)}
          previousDate={previous?.assessmentDate ?? null}
          lastTime={lastTime(question.id)}
        />
      ))}

      {area.tracksPartners && (
        <PartnersEditor
          assessmentId={current.id}
          partners={current.partners}
          previous={previous ? { date: previous.assessmentDate, partners: previous.partners } : null}
        />
      )}

      <div className="nhsuk-form-group app-area__summary">
        <h2 className="nhsuk-label-wrapper">
          <label className="nhsuk-label nhsuk-label--m" htmlFor={`summary-${areaId}`}>
            Summary of this area (optional)
          </label>
        </h2>
        <div className="nhsuk-hint" id={`summary-${areaId}-hint`}>
          In a sentence or two: the main strength, the biggest gap, and anything agreed.
        </div>
        <textarea
          className="nhsuk-textarea"
          id={`summary-${areaId}`}
          rows={3}
          aria-describedby={`summary-${areaId}-hint`}
          value={areaResponse.summary}
          onChange={(e) => {
            const summary = e.target.value;
            patchAreaResponse(areaId, (r) => ({ ...r, summary }));
            summarySaver.schedule();
          }}
          onBlur={summarySaver.flush}
        />
        {summarySaver.edits !== 'none' && <FieldSaveStatus edits={summarySaver.edits} />}
      </div>

      <nav className="app-area-nav" aria-label="Areas">
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => goToSection(prevSection)}>
          {prevArea ? (
            <>
              Previous area <span className="app-area-nav__detail">{`${index}. ${prevArea.title}`}</span>
            </>
          ) : (
            'Back to PCN profile'
          )}
        </button>
        <button type="button" className="nhsuk-button" onClick={() => goToSection(nextSection)}>
          {nextArea ? (
            <>
              Next area <span className="app-area-nav__detail">{`${areaNumber + 1}. ${nextArea.title}`}</span>
            </>
          ) : (
            'Check your answers'
          )}
        </button>
      </nav>
    </div>
  );
}
