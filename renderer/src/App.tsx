import { useEffect, useRef } from 'react';
import { AssessmentShell } from './screens/AssessmentShell';
import { Home } from './screens/Home';
import { useApp } from './store';

export function App() {
  const view = useApp((s) => s.view);
  const main = useRef<HTMLElement>(null);
  const screenKey = view.name === 'assessment' ? `${view.id}/${JSON.stringify(view.section)}` : view.name;

  // Move focus to the new screen's main region so keyboard and screen-reader users start at the top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose whenever the screen changes.
  useEffect(() => {
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [screenKey]);

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
          {view.name === 'home' && <Home />}
          {view.name === 'assessment' && <AssessmentShell section={view.section} />}
        </main>
      </div>
      <footer className="nhsuk-footer">
        <div className="nhsuk-width-container app-width-container">
          <p className="nhsuk-body-s">
            Your data stays on this computer. Neighbourhood Ready never sends anything over the internet.
          </p>
        </div>
      </footer>
    </>
  );
}
