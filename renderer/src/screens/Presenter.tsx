/**
 * The presenter view, for the projector: one question at a time in large, high-contrast type,
 * driven from the keyboard. → or N next question, ← or P previous, R reveal, C agree the
 * consensus, T start or pause the area's timer, H change how people are named on screen, Esc back
 * to the workshop. Scores stay hidden
 * until revealed here exactly as on the workshop screen (the main process never sends them).
 *
 * The dots show counts, not names (names that small cannot be read from the back of a room);
 * the people whose ratings stand out are named with their reasons, unless the session is anonymous
 * or the facilitator chooses initials or no names for the projector (H). From framework 2026.2 the
 * question's own statement for each level is shown, with the median's and the agreed levels' marked.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { QuestionResponse } from '../../../shared/domain';
import { type Anchor, type Area, getFramework, LEVELS, type Level, type Question } from '../../../shared/framework';
import {
  EVEN_COUNT_RULE,
  levelText,
  offWords,
  participantLabels,
  type QuestionSpread,
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
// How people are named on the projector: kept for the session, per assessment.

export type NameMode = 'names' | 'initials' | 'none';
const NAME_MODES: NameMode[] = ['names', 'initials', 'none'];
const nameModes = new Map<string, NameMode>();

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'sir', 'dame']);

/** "Dr Amara Okafor" → "A. O."; titles are left out. */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((w) => w !== '' && !TITLES.has(w.replace(/\.$/, '').toLowerCase()));
  return words.map((w) => `${w.charAt(0).toUpperCase()}.`).join(' ');
}

function nameModeWords(mode: NameMode): string {
  return mode === 'names' ? 'full names' : mode === 'initials' ? 'initials' : 'no names';
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
  const [nameMode, setNameMode] = useState<NameMode>(() => nameModes.get(id) ?? 'names');
  const anonymous = current?.workshop.anonymous ?? false;
  const labels = useMemo(() => {
    const full = participantLabels(current?.participants ?? [], anonymous);
    if (anonymous || nameMode === 'names') return full;
    // Initials only for people with a name; "Participant 3" stays as it is.
    const named = new Map((current?.participants ?? []).map((p) => [p.id, p.name.trim()]));
    return new Map(
      [...full].map(([pid, label]) => {
        const name = named.get(pid) ?? '';
        if (nameMode === 'none') return [pid, 'One person'];
        return [pid, name === '' ? label : initialsOf(name)];
      }),
    );
  }, [current?.participants, anonymous, nameMode]);
  const cycleNames = useCallback(() => {
    const next = NAME_MODES[(NAME_MODES.indexOf(nameMode) + 1) % NAME_MODES.length] ?? 'names';
    nameModes.set(id, next);
    setNameMode(next);
    setAnnounce(`People are now shown by ${nameModeWords(next)}.`);
  }, [id, nameMode]);

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
      } else if (key === 'h' && !anonymous) {
        event.preventDefault();
        cycleNames();
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [consensusOpen, exit, move, doReveal, revealed, timer, anonymous, cycleNames]);

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
        {!anonymous && (
          <button type="button" className="app-presenter__button app-presenter__button--quiet" onClick={cycleNames}>
            Names: {nameModeWords(nameMode)} (H)
          </button>
        )}
        <button type="button" className="app-presenter__button" onClick={exit}>
          Exit (Esc)
        </button>
      </div>

      <h1 className="app-presenter__question" id={`${domId}-question`}>
        <span className="app-presenter__number">{item.number}</span> {item.question.text}
      </h1>
      {item.question.anchors && (
        <PresenterAnchors
          anchors={item.question.anchors}
          spread={revealed ? spread : null}
          agreed={state?.agreedAt ? response : null}
          labelledBy={`${domId}-question`}
        />
      )}

      {!revealed && (
        <div className="app-presenter__hidden">
          <p className="app-presenter__big">Scores are hidden until revealed.</p>
          <p>
            {hiddenPeople.size} of {people} {people === 1 ? 'person has' : 'people have'} scored.
          </p>
          <ul className="app-presenter__people" aria-label="Who has scored">
            {current.participants.map((p, i) => (
              <li key={p.id} className={hiddenPeople.has(p.id) ? 'app-presenter__person--done' : ''}>
                {nameMode === 'none' && !anonymous ? `Person ${i + 1}` : labels.get(p.id)}:{' '}
                {hiddenPeople.has(p.id) ? 'scored' : 'waiting'}
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
          {[spread.current, spread.target].some((x) => x.middle !== null && x.middle.low !== x.middle.high) && (
            <p className="app-presenter__split">
              <strong>Two middle ratings.</strong> {EVEN_COUNT_RULE}
            </p>
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
        <p className="app-presenter__keys">
          Keys: ← → move · R reveal · C agree · T timer{anonymous ? '' : ' · H names'} · Esc exit
        </p>
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

/**
 * The question's own statement for each level, compact enough to sit above the dot plots, with
 * the median (or both middle ratings) and the agreed levels marked in words.
 */
function PresenterAnchors({
  anchors,
  spread,
  agreed,
  labelledBy,
}: {
  anchors: Record<Level, Anchor>;
  spread: QuestionSpread | null;
  agreed: QuestionResponse | null;
  labelledBy: string;
}) {
  const marks = (level: Level): string[] => {
    const out: string[] = [];
    const m = spread?.current.middle;
    if (m && (level === m.low || level === m.high)) out.push(m.low === m.high ? 'median now' : 'a middle rating now');
    if (agreed && !agreed.dontKnow && agreed.current === level) out.push('agreed now');
    if (agreed && agreed.target === level) out.push('agreed target');
    return out;
  };
  return (
    <ol
      className="app-presenter__anchors"
      aria-label="What each level looks like for this question"
      aria-describedby={labelledBy}
    >
      {LEVELS.map((level) => {
        const m = marks(level);
        return (
          <li key={level} className={m.length > 0 ? 'app-presenter__anchor--marked' : undefined}>
            <strong className="app-presenter__anchor-level">{levelText(level)}</strong> {anchors[level].text}
            {m.length > 0 && <strong className="app-presenter__anchor-mark"> ({m.join(', ')})</strong>}
          </li>
        );
      })}
    </ol>
  );
}
