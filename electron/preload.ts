/**
 * The sandboxed preload: exposes `window.api`, one function per contract channel. The page
 * never sees ipcRenderer or IPC event objects.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { type Api, CHANNELS, ipcChannelName } from '../shared/contract';

const api = Object.fromEntries(
  CHANNELS.map((name) => [name, (input?: unknown) => ipcRenderer.invoke(ipcChannelName(name), input)]),
) as Api;

contextBridge.exposeInMainWorld('api', api);
