import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { StartupStatus } from '../../shared/data-api';
import { api } from './api';
import { forgetFirstPacks, preloadResponsePacks } from './components/ResponsePacksPanel';
import { Home } from './screens/Home';
import { Startup } from './screens/Startup';
import { preloadAssessments, takeFirstLoad, useApp } from './store';

/**
 * The start-up check, asked for as soon as the app's code has loaded (before the first render),
 * and with it home's list and response packs, so home shows complete after one round of
 * requests. When start-up finds a problem, those early answers (refusals: the data is not open)
 * are dropped, and home asks again once the data is open.
 */
const startupCheck = api.startupStatus().then((result) => {
  if (!result.ok || result.value.kind !== 'ok') {
    takeFirstLoad();
    forgetFirstPacks();
  }
  return result;
});
preloadAssessments();
preloadResponsePacks();

// Home is what opens first; every other screen loads when first opened, so home shows sooner.
const loadAssessmentShell = () => import('./screens/AssessmentShell');
const loadYourData = () => import('./screens/YourData');
const AssessmentShell = lazy(() => loadAssessmentShell().then((m) => ({ default: m.AssessmentShell })));
const YourData = lazy(() => loadYourData().then((m) => ({ default: m.YourData })));

// Only opened from the footer: it carries the licence notices, so it loads when first opened.
const About = lazy(() => import('./screens/About').then((m) => ({ default: m.About })));
// The workshop's presenter view and a response pack being answered: loaded when first opened.
const Presenter = lazy(() => import('./screens/Presenter').then((m) => ({ default: m.Presenter })));
// The ICB view: loaded when first opened (most users are PCNs and never open it).
const Portfolio = lazy(() => import('./screens/Portfolio').then((m) => ({ default: m.Portfolio })));
const ResponsePackScreen = lazy(() =>
  import('./screens/ResponsePack').then((m) => ({ default: m.ResponsePackScreen })),
);

export function App() {
  const view = useApp((s) => s.view);
  const listShown = useApp((s) => s.assessments !== null);
  const main = useRef<HTMLElement>(null);
  // What the start-up check found: the app's screens show only once the data is open.
  const [startup, setStartup] = useState<StartupStatus | null>(null);
  const [startupNotice, setStartupNotice] = useState<string | null>(null);
  const screenKey =
    startup?.kind !== 'ok'
      ? `startup/${startup?.kind}`
      : view.name === 'assessment'
        ? `${view.id}/${JSON.stringify(view.section)}`
        : view.name;

  // The note on what recovery did is shown until the user moves on.
  // biome-ignore lint/correctness/useExhaustiveDependencies: clears on purpose whenever the view changes.
  useEffect(() => setStartupNotice(null), [view]);

  // Text still waiting for a pause in typing is sent before the page goes (a reload, or the window
  // closing): the request is on its way before the page is torn down.
  useEffect(() => {
    const flush = () => useApp.getState().flushPending();
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
    };
  }, []);

  useEffect(() => {
    void startupCheck.then((result) =>
      setStartup(
        result.ok
          ? result.value
          : { kind: 'unavailable', problem: 'unreadable', folder: '', message: result.error.message },
      ),
    );
  }, []);

  // Once home shows its list, the screens it leads to load while the user reads it (half a second
  // on, in idle time), so they open at once and the first screen does not wait for them.
  useEffect(() => {
    if (!listShown) return;
    let idle = 0;
    const timer = setTimeout(() => {
      idle = requestIdleCallback(
        () => {
          void loadAssessmentShell();
          void loadYourData();
        },
        { timeout: 2_000 },
      );
    }, 500);
    return () => {
      clearTimeout(timer);
      cancelIdleCallback(idle);
    };
  }, [listShown]);

  // Move focus to the new screen's main region so keyboard and screen-reader users start at the top.
  // A layout effect, so focus moves in the same frame the screen appears: a key pressed the moment
  // the screen shows is not undone by focus jumping back to the top afterwards.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose whenever the screen changes.
  useLayoutEffect(() => {
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [screenKey]);

  // The workshop's presenter view fills the screen for the projector: no header, footer or steps.
  if (startup?.kind === 'ok' && view.name === 'presenter') {
    return (
      <Suspense fallback={<p role="status">Loading…</p>}>
        <Presenter id={view.id} questionId={view.questionId} />
      </Suspense>
    );
  }

  return (
    <>
      <a className="nhsuk-skip-link" href="#main-content">
        Skip to main content
      </a>
      <header className="nhsuk-header">
        <div className="nhsuk-header__container nhsuk-width-container app-width-container">
          <div className="nhsuk-header__service">
            <button
              type="button"
              className="app-header__service"
              onClick={() => useApp.getState().go({ name: 'home' })}
            >
              Neighbourhood Ready
            </button>
            <p className="app-header__tagline">Readiness to lead your neighbourhood: assess, plan, act</p>
          </div>
        </div>
      </header>
      <div className="nhsuk-width-container app-width-container">
        <main className="nhsuk-main-wrapper" id="main-content" ref={main} tabIndex={-1}>
          {startup && startup.kind !== 'ok' && (
            <Startup
              status={startup}
              onOpened={(notice) => {
                setStartupNotice(notice);
                setStartup({ kind: 'ok' });
              }}
            />
          )}
          {startup?.kind === 'ok' && (
            <>
              {startupNotice && (
                <div className="app-notice" role="status">
                  <p className="nhsuk-u-margin-bottom-0">{startupNotice}</p>
                </div>
              )}
              {view.name === 'home' && <Home />}
              {view.name === 'assessment' && (
                <Suspense fallback={<p role="status">Loading…</p>}>
                  <AssessmentShell section={view.section} />
                </Suspense>
              )}
              {view.name === 'data' && (
                <Suspense fallback={<p role="status">Loading…</p>}>
                  <YourData />
                </Suspense>
              )}
              {view.name === 'portfolio' && (
                <Suspense fallback={<p role="status">Loading…</p>}>
                  <Portfolio />
                </Suspense>
              )}
              {view.name === 'pack' && (
                <Suspense fallback={<p role="status">Loading…</p>}>
                  <ResponsePackScreen id={view.id} />
                </Suspense>
              )}
              {view.name === 'about' && (
                <Suspense fallback={<p role="status">Loading…</p>}>
                  <About back={view.back} />
                </Suspense>
              )}
            </>
          )}
        </main>
      </div>
      <footer className="nhsuk-footer">
        <div className="nhsuk-width-container app-width-container">
          <p className="nhsuk-body-s">
            Your data stays on this computer. Neighbourhood Ready never sends anything over the internet.
          </p>
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
            {startup?.kind === 'ok' && (
              <>
                <button
                  type="button"
                  className="app-link-button"
                  onClick={() => useApp.getState().go({ name: 'data' })}
                >
                  Your data and backups
                </button>
                <span aria-hidden="true"> · </span>
              </>
            )}
            <button
              type="button"
              className="app-link-button"
              onClick={() => {
                if (view.name !== 'about') useApp.getState().go({ name: 'about', back: view });
              }}
            >
              About Neighbourhood Ready
            </button>
          </p>
        </div>
      </footer>
    </>
  );
}
