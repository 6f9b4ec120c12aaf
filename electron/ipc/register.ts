/**
 * Wires the contract to Electron's IPC: one `ipcMain.handle` per channel, each checking that the
 * request comes from the app's own top-level page before dispatching it.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, ipcChannelName } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { Deps, Handlers } from '../deps';
import { isAppUrl } from '../security';
import { dispatch } from './dispatch';

/** A request is trusted only from the app's own page in the top frame of one of its windows. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  return frame.parent === null && isAppUrl(frame.url);
}

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the app and was refused.' },
};

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers, getDeps: () => Deps): void {
  for (const name of CHANNELS) {
    ipcMain.handle(ipcChannelName(name), (event, input: unknown) =>
      isTrustedSender(event) ? dispatch(handlers, getDeps(), name, input) : FORBIDDEN,
    );
  }
}
