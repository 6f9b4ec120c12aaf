/** Writing exported files so that a full disk or a crash never leaves a truncated file behind. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../shared/result';

function explainWriteError(error: unknown, fileName: string): AppError {
  const code = (error as { code?: string })?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError(
        'disk-full',
        `${fileName} was not saved: the disk is full. No partial file was left behind. Free some space, then try again.`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppError(
        'read-only',
        `${fileName} was not saved: that folder cannot be written to, or the file is open in another program. ` +
          'Close it there, or choose another folder, then try again.',
      );
    case 'EBUSY':
      return new AppError(
        'busy',
        `${fileName} was not saved: it is open in another program. Close it there, then try again.`,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError(
        'invalid-input',
        `${fileName} was not saved: the folder it was to go in does not exist. Choose another folder, then try again.`,
      );
    case 'EISDIR':
      return new AppError(
        'invalid-input',
        `${fileName} was not saved: there is a folder of that name. Choose another name, then try again.`,
      );
    default:
      return new AppError(
        'internal',
        `${fileName} was not saved because of an unexpected error (${code ?? 'unknown'}).`,
      );
  }
}

/**
 * Writes to a temporary file in the same folder, flushes it to disk, then renames it over the
 * target: readers see the old file or the complete new one, never a partial one.
 */
export async function writeFileAtomically(target: string, data: Uint8Array | string): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomUUID()}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => {});
    throw explainWriteError(error, path.basename(target));
  }
}
