/** The typed bridge to the main process, exposed by the preload (or the browser-test host). */
import type { Api } from '../../shared/contract';

declare global {
  interface Window {
    api: Api;
  }
}

export const api: Api = window.api;
