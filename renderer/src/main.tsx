// First: stops zod probing for eval (forbidden by the CSP) when shared/contract builds its schemas.
import './zod-jitless';
// Before anything renders: effects run as they do on React (see the file).
import './effect-timing';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.scss';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
