/**
 * The sandboxed preload: exposes `window.api`, one function per contract channel. The page
 * never sees ipcRenderer or IPC event objects.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, ipcChannelName } from '../shared/channels';
import type { Api } from '../shared/contract';

const api = Object.fromEntries(
  CHANNEL_NAMES.map((name) => [name, (input?: unknown) => ipcRenderer.invoke(ipcChannelName(name), input)]),
) as Api;

contextBridge.exposeInMainWorld('api', api);
