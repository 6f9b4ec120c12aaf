/**
 * The presenter view, for the projector: one question at a time in large, high-contrast type,
 * driven from the keyboard. → or N next question, ← or P previous, R reveal, C agree the
 * consensus, T start or pause the area's timer, Esc back to the workshop. Scores stay hidden
 * until revealed here exactly as on the workshop screen (the main process never sends them).
 *
 * The dots show counts, not names (names that small cannot be read from the back of a room);
 * the people whose ratings stand out are named with their reasons, unless the session is anonymous.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type Area, getFramework, type Question } from '../../../shared/framework';
import {
  offWords,
  participantLabels,
  questionSpread,
  ratingWords,
  SPLIT_RULE,
  spreadSentence,
} from '../../../shared/workshop';
import { reveal } from '../actions/workshop';
import { isTextEntry } from '../components/LevelRadios';
import { agreedSentence, ConsensusForm } from '../components/workshop/ConsensusForm';
import { DotPlot } from '../components/workshop/DotPlot';
import { plotRatings } from '../components/workshop/WorkshopQuestionCard';
import { useApp } from '../store';

// ---------------------------------------------------------------------------------------------
// The per-area timer: counts up while running; kept for the session, never makes a sound.

interface TimerState {
  elapsed: number;
  since: number | null;
}
const timers = new Map<string, TimerState>();

export function formatClock(ms: number): string {
  const total = Math.floor(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

function useAreaTimer(key: string) {
  const [, tick] = useState(0);
  const state = timers.get(key) ?? { elapsed: 0, since: null };
  const running = state.since !== null;
  useEffect(() => {
    if (!running) return;
    const handle = setInterval(() => tick((n) => n + 1), 250);
    return () => clearInterval(handle);
  }, [running]);
  const toggle = useCallback(() => {
    const now = Date.now();
    const s = timers.get(key) ?? { elapsed: 0, since: null };
    timers.set(key, s.since === null ? { ...s, since: now } : { elapsed: s.elapsed + now - s.since, since: null });
    tick((n) => n + 1);
  }, [key]);
  const reset = useCallback(() => {
    timers.set(key, { elapsed: 0, since: null });
    tick((n) => n + 1);
  }, [key]);
  const ms = state.elapsed + (state.since === null ? 0 : Date.now() - state.since);
  return { running, text: formatClock(ms), toggle, reset };
}

// ---------------------------------------------------------------------------------------------

interface Item {
  area: Area;
  areaNumber: number;
  question: Question;
  number: string;
}

export function Presenter({ id, questionId }: { id: string; questionId: string }) {
  const current = useApp((s) => s.current);
  const go = useApp((s) => s.go);
  const [consensusOpen, setConsensusOpen] = useState(false);
  const [announce, setAnnounce] = useState('');
  const main = useRef<HTMLElement>(null);
  const framework = current ? getFramework(current.frameworkVersion) : undefined;
  const items = useMemo<Item[]>(
    () =>
      framework?.areas.flatMap((area, a) =>
        area.questions.map((question, q) => ({ area, areaNumber: a + 1, question, number: `${a + 1}.${q + 1}` })),
      ) ?? [],
    [framework],
  );
  const index = Math.max(
    0,
    items.findIndex((item) => item.question.id === questionId),
  );
  const item = items[index];
  const timer = useAreaTimer(`${id}:${item?.area.id ?? ''}`);
  const labels = useMemo(
    () => participantLabels(current?.participants ?? [], current?.workshop.anonymous ?? false),
    [current?.participants, current?.workshop.anonymous],
  );

  const exit = useCallback(() => {
    go({ name: 'assessment', id, section: { kind: 'workshop', areaId: item?.area.id } });
  }, [go, id, item?.area.id]);

  const move = useCallback(
    (by: 1 | -1) => {
      const next = items[index + by];
      if (!next) return;
      setConsensusOpen(false);
      go({ name: 'presenter', id, questionId: next.question.id });
    },
    [go, id, index, items],
  );

  const workshop = current?.workshop;
  const state = workshop?.questions.find((q) => q.questionId === item?.question.id);
  const revealed = Boolean(state?.revealedAt);
  const hiddenPeople = new Set(
    workshop?.hidden.filter((h) => h.questionId === item?.question.id).map((h) => h.participantId) ?? [],
  );

  const doReveal = useCallback(() => {
    if (!current || !item || revealed || hiddenPeople.size === 0) return;
    void reveal(current.id, [item.question.id]).then((ok) => {
      if (ok) setAnnounce(`Scores for question ${item.number} revealed.`);
    });
  }, [current, item, revealed, hiddenPeople.size]);

  useEffect(() => {
    main.current?.focus();
  }, []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        if (consensusOpen) setConsensusOpen(false);
        else exit();
        return;
      }
      if (isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'arrowright' || key === 'n' || key === 'pagedown') {
        event.preventDefault();
        move(1);
      } else if (key === 'arrowleft' || key === 'p' || key === 'pageup') {
        event.preventDefault();
        move(-1);
      } else if (key === 'r') {
        event.preventDefault();
        doReveal();
      } else if (key === 'c' && revealed) {
        event.preventDefault();
        setConsensusOpen(true);
      } else if (key === 't') {
        event.preventDefault();
        timer.toggle();
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [consensusOpen, exit, move, doReveal, revealed, timer]);

  if (!current || current.id !== id || !framework || !item || !workshop) {
    return (
      <main className="app-presenter" id="main-content" tabIndex={-1} ref={main}>
        <h1 className="app-presenter__question">This workshop is not open</h1>
        <button type="button" className="app-presenter__button" onClick={() => go({ name: 'home' })}>
          Back to all assessments
        </button>
      </main>
    );
  }

  const people = current.participants.length;
  const order = current.participants.map((p) => p.id);
  const spread = questionSpread(workshop.scores, item.question.id, order);
  const { now, target, scores } = plotRatings(current, item.question.id, labels);
  const response = current.responses.find((r) => r.questionId === item.question.id) ?? null;
  const outliers = new Map(spread.outliers.map((o) => [o.participantId, o]));
  const explained = scores.filter((s) => outliers.has(s.participantId) || s.reason.trim() !== '');
  const domId = `presenter-${item.question.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

  return (
    <main className="app-presenter" id="main-content" tabIndex={-1} ref={main} aria-labelledby={`${domId}-question`}>
      <div className="app-presenter__bar">
        <p className="app-presenter__where">
          <span>
            Area {item.areaNumber} of {framework.areas.length}: <strong>{item.area.title}</strong>
          </span>
          <span>
            Question {item.number} · {index + 1} of {items.length}
          </span>
        </p>
        <div className="app-presenter__timer">
          <span className="app-presenter__clock" role="timer" aria-label={`Time on this area: ${timer.text}`}>
            {timer.text}
          </span>
          <button type="button" className="app-presenter__button" onClick={timer.toggle}>
            {timer.running ? 'Pause timer (T)' : 'Start timer (T)'}
          </button>
          <button type="button" className="app-presenter__button app-presenter__button--quiet" onClick={timer.reset}>
            Reset
          </button>
        </div>
        <button type="button" className="app-presenter__button" onClick={exit}>
          Exit (Esc)
        </button>
      </div>

      <h1 className="app-presenter__question" id={`${domId}-question`}>
        <span className="app-presenter__number">{item.number}</span> {item.question.text}
      </h1>

      {!revealed && (
        <div className="app-presenter__hidden">
          <p className="app-presenter__big">Scores are hidden until revealed.</p>
          <p>
            {hiddenPeople.size} of {people} {people === 1 ? 'person has' : 'people have'} scored.
          </p>
          <ul className="app-presenter__people" aria-label="Who has scored">
            {current.participants.map((p) => (
              <li key={p.id} className={hiddenPeople.has(p.id) ? 'app-presenter__person--done' : ''}>
                {labels.get(p.id)}: {hiddenPeople.has(p.id) ? 'scored' : 'waiting'}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="app-presenter__button app-presenter__button--primary"
            disabled={hiddenPeople.size === 0}
            onClick={doReveal}
          >
            Reveal the scores (R)
          </button>
        </div>
      )}

      {revealed && (
        <div className="app-presenter__revealed">
          {consensusOpen ? (
            // While agreeing, the spread in words leaves room for the form.
            <p className="app-presenter__spread">
              <span>
                <strong>Now:</strong> {spreadSentence(spread.current)}
              </span>
              <span>
                <strong>Target:</strong> {spreadSentence(spread.target)}
              </span>
            </p>
          ) : (
            <div className="app-presenter__plots">
              <DotPlot
                title="Now"
                spread={spread.current}
                ratings={now}
                showNames={false}
                size="large"
                idPrefix={`${domId}-now`}
              />
              <DotPlot
                title="Target in six months"
                spread={spread.target}
                ratings={target}
                showNames={false}
                size="large"
                idPrefix={`${domId}-target`}
              />
            </div>
          )}
          {spread.split && (
            <p className="app-presenter__split">
              <strong>Split.</strong> {SPLIT_RULE.replace(/^Split: /, 'Rule: ')}
            </p>
          )}
          {explained.length > 0 && !consensusOpen && (
            <ul className="app-presenter__reasons" aria-label="Reasons">
              {explained.map((s) => {
                const o = outliers.get(s.participantId);
                const off = o?.currentOff ?? o?.targetOff ?? null;
                return (
                  <li key={s.participantId}>
                    <strong>{labels.get(s.participantId)}</strong> (now {ratingWords(s.current, s.dontKnow)}
                    {off !== null ? `, ${offWords(off)}` : ''}):{' '}
                    {s.reason.trim() === '' ? <em>asked to explain</em> : s.reason}
                  </li>
                );
              })}
            </ul>
          )}
          {consensusOpen ? (
            <div className="app-presenter__consensus">
              <ConsensusForm
                key={state?.agreedAt ?? 'not-agreed'}
                assessmentId={current.id}
                questionId={item.question.id}
                number={item.number}
                spread={spread}
                response={response}
                state={state}
                size="large"
                autoFocus
                headingLevel={2}
                onAgreed={() => {
                  setConsensusOpen(false);
                  setAnnounce(`Consensus for question ${item.number} agreed.`);
                  main.current?.focus();
                }}
              />
              <button type="button" className="app-presenter__button" onClick={() => setConsensusOpen(false)}>
                Close without agreeing (Esc)
              </button>
            </div>
          ) : (
            <p className="app-presenter__agreed">
              {state?.agreedAt && response ? (
                <>
                  <strong>Agreed:</strong> {agreedSentence(response)}.
                  {state.consensusReason.trim() !== '' && <> Reason: {state.consensusReason}</>}
                </>
              ) : (
                <>Not agreed yet.</>
              )}{' '}
              <button type="button" className="app-presenter__button" onClick={() => setConsensusOpen(true)}>
                {state?.agreedAt ? 'Change the consensus (C)' : 'Agree the consensus (C)'}
              </button>
            </p>
          )}
        </div>
      )}

      <nav className="app-presenter__nav" aria-label="Questions">
        <button type="button" className="app-presenter__button" disabled={index === 0} onClick={() => move(-1)}>
          ← Previous (P)
        </button>
        <p className="app-presenter__keys">Keys: ← → move · R reveal · C agree · T timer · Esc exit</p>
        <button
          type="button"
          className="app-presenter__button"
          disabled={index === items.length - 1}
          onClick={() => move(1)}
        >
          Next (N) →
        </button>
      </nav>
      <p className="nhsuk-u-visually-hidden" role="status">
        {announce}
      </p>
    </main>
  );
}
