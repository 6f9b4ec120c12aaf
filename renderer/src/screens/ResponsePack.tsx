/**
 * Answering a response pack on a participant's own computer: every question of the assessment
 * with "now", the six-month target and, if they like, why. Each answer is saved as it is given;
 * at the end the participant saves a response file to send back to the facilitator.
 */

import { useEffect, useState } from 'react';
import { formatDateLong } from '../../../shared/dates';
import type { PackAnswer, ResponsePack } from '../../../shared/export/response-files';
import { getFramework, type Level, type Question } from '../../../shared/framework';
import { api } from '../api';
import { AnchorGrid } from '../components/AnchorGrid';
import { ErrorSummary } from '../components/ErrorSummary';
import { LevelRadios } from '../components/LevelRadios';
import { LevelTable } from '../components/LevelTable';
import { NationalLinks } from '../components/NationalLinks';
import { QuestionHeading } from '../components/QuestionHeading';
import { SaveStatus } from '../components/SaveStatus';
import { useDebouncedSave } from '../components/useDebouncedSave';
import { useApp } from '../store';

function emptyAnswer(questionId: string): PackAnswer {
  return { questionId, current: null, dontKnow: false, target: null, reason: '' };
}

function PackQuestion({
  packId,
  question,
  number,
  answer,
  onChange,
}: {
  packId: string;
  question: Question;
  number: string;
  answer: PackAnswer;
  onChange(answer: PackAnswer): void;
}) {
  const runSave = useApp((s) => s.runSave);
  const [latest, setLatest] = useState(answer);
  const save = (a: PackAnswer) => void runSave(() => api.saveResponsePackAnswer({ packId, answer: a }));
  const saver = useDebouncedSave(() => save(latest));
  const id = `pack-${question.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const hidden = <span className="nhsuk-u-visually-hidden"> (question {number})</span>;

  function change(next: PackAnswer, immediate: boolean) {
    setLatest(next);
    onChange(next);
    if (immediate) save(next);
    else saver.schedule();
  }

  return (
    <section className="nhsuk-card app-question" aria-labelledby={`${id}-heading`}>
      <div className="nhsuk-card__content">
        <QuestionHeading question={question} number={number} headingId={`${id}-heading`} level="h3" />
        {question.links && question.links.length > 0 && <NationalLinks links={question.links} />}
        {question.anchors ? (
          <AnchorGrid
            idPrefix={id}
            legend={<>In your view, where is the PCN now, and where should it be in six months?{hidden}</>}
            hint="Choose the statement that is true today (Now), and where the PCN should be in six months."
            anchors={question.anchors}
            current={answer.current}
            dontKnow={answer.dontKnow}
            target={answer.target}
            onCurrent={(level: Level) => change({ ...answer, current: level, dontKnow: false }, true)}
            onDontKnow={() => change({ ...answer, current: null, dontKnow: true }, true)}
            onTarget={(level: Level) => change({ ...answer, target: level }, true)}
            showEvidence
          />
        ) : (
          <div className="app-question__levels">
            <LevelRadios
              idPrefix={`${id}-current`}
              name={`${id}-current`}
              kind="current"
              legend={<>In your view, where is the PCN now?{hidden}</>}
              value={answer.current}
              onChange={(level: Level) => change({ ...answer, current: level, dontKnow: false }, true)}
              dontKnow={{
                checked: answer.dontKnow,
                hint: 'Not sure? That is worth knowing.',
                onChoose: () => change({ ...answer, current: null, dontKnow: true }, true),
              }}
            />
            <LevelRadios
              idPrefix={`${id}-target`}
              name={`${id}-target`}
              kind="target"
              legend={<>Where should it be in six months?{hidden}</>}
              value={answer.target}
              onChange={(level: Level) => change({ ...answer, target: level }, true)}
            />
          </div>
        )}
        <div className="nhsuk-form-group nhsuk-u-margin-bottom-0">
          <label className="nhsuk-label" htmlFor={`${id}-reason`}>
            Why? (optional)<span className="nhsuk-u-visually-hidden"> for question {number}</span>
          </label>
          <textarea
            className="nhsuk-textarea"
            id={`${id}-reason`}
            rows={2}
            value={answer.reason}
            onChange={(e) => change({ ...answer, reason: e.target.value }, false)}
            onBlur={saver.flush}
          />
        </div>
      </div>
    </section>
  );
}

export function ResponsePackScreen({ id }: { id: string }) {
  const go = useApp((s) => s.go);
  const runSave = useApp((s) => s.runSave);
  const [pack, setPack] = useState<ResponsePack | null>(null);
  const [answers, setAnswers] = useState<Map<string, PackAnswer>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void api.getResponsePack({ id }).then((result) => {
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setPack(result.value.pack);
      setAnswers(new Map(result.value.answers.map((a) => [a.questionId, a])));
    });
  }, [id]);

  if (error) {
    return (
      <ErrorSummary level={1} title="This response pack cannot be shown">
        <p>{error}</p>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => go({ name: 'home' })}>
          Back to the home screen
        </button>
      </ErrorSummary>
    );
  }
  if (!pack) return <p role="status">Loading…</p>;
  const framework = getFramework(pack.frameworkVersion);
  if (!framework) {
    return <p>This pack needs a newer version of Neighbourhood Ready. Install the latest version to answer it.</p>;
  }
  const total = framework.areas.reduce((n, a) => n + a.questions.length, 0);
  const answered = [...answers.values()].filter((a) => a.current !== null || a.dontKnow).length;
  const p = pack.participant;
  const who = [p.name.trim() || 'a participant', p.role.trim(), p.organisation.trim()].filter(Boolean).join(', ');

  async function saveFile() {
    setNotice(null);
    await runSave(
      () => api.exportResponseFile({ packId: id }),
      (saved) => {
        if (saved) {
          setNotice(
            `Saved ${saved.fileName}. Send it to the facilitator, for example by email. You can change your answers and save it again.`,
          );
        }
      },
    );
  }

  return (
    <div className="app-pack">
      <button type="button" className="app-link-button" onClick={() => go({ name: 'home' })}>
        ← Home
      </button>
      <h1 className="nhsuk-heading-l">
        <span className="nhsuk-caption-l">Response pack</span>
        Your answers for {pack.profile.pcnName}
      </h1>
      <p className="nhsuk-lede-text">
        For the workshop on {formatDateLong(pack.assessmentDate)}. You are answering as {who}.
      </p>
      <p>
        Answer on your own: give your honest view. When the facilitator imports your response file, your answers stay
        hidden until everyone’s scores are revealed together in the workshop.
        {pack.anonymous && ' The workshop is anonymous: your name is not shown on screen or in its documents.'}
      </p>
      <div className="app-pack__bar">
        <p className="nhsuk-u-margin-bottom-0">
          <strong>
            {answered} of {total}
          </strong>{' '}
          questions answered
        </p>
        <SaveStatus />
      </div>

      {framework.areas.map((area, a) => (
        <section key={area.id} aria-labelledby={`pack-area-${area.id}`} className="app-pack__area">
          <h2 className="nhsuk-heading-l" id={`pack-area-${area.id}`}>
            <span className="nhsuk-caption-l">
              Area {a + 1} of {framework.areas.length}
            </span>
            {area.title}
          </h2>
          <p>{area.purpose}</p>
          {area.questions.some((q) => !q.anchors) && <LevelTable area={area} />}
          {area.questions.map((question, q) => (
            <PackQuestion
              key={question.id}
              packId={id}
              question={question}
              number={`${a + 1}.${q + 1}`}
              answer={answers.get(question.id) ?? emptyAnswer(question.id)}
              onChange={(next) => setAnswers((m) => new Map(m).set(question.id, next))}
            />
          ))}
        </section>
      ))}

      <h2 className="nhsuk-heading-m">Send your answers</h2>
      <p>
        Save your answers as a response file and send it to the facilitator.{' '}
        {answered < total && `${total - answered} questions are not answered yet: you can still send the file.`}
      </p>
      <button type="button" className="nhsuk-button" onClick={saveFile}>
        Save your response file
      </button>
      <div role="status">{notice && <p className="app-notice">{notice}</p>}</div>
    </div>
  );
}
