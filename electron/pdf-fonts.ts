/**
 * The fonts the PDF embeds (see shared/pdf/index.ts): DejaVu Sans, read from the dejavu-fonts-ttf
 * package once and kept as base64 for the rest of the session, and the fallback fonts for
 * Chinese, Japanese and Korean, read only when a PDF's text needs them.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PdfFonts } from '../shared/pdf';

const FONT_FILES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
} as const;

/**
 * Fallback fonts, each from the first place it is found: the copy the packaged app ships beside
 * main.cjs, then its npm package (Noto Sans SC covers Chinese and Japanese kana, Noto Sans KR
 * Korean), then Debian's packages, which development and CI machines may have instead
 * (fonts-droid-fallback, fonts-nanum). TrueType outlines only: jsPDF cannot embed CFF fonts.
 */
export const FALLBACK_FONT_FILES = [
  {
    name: 'NotoSansSC',
    npm: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    system: ['/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf'],
  },
  {
    name: 'NotoSansKR',
    npm: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
    system: ['/usr/share/fonts/truetype/nanum/NanumGothic.ttf'],
  },
] as const;

let cached: PdfFonts | null = null;

/**
 * `require` both ways this module runs: bundled by esbuild to CommonJS (the app's main process),
 * where `require` exists and `import.meta.url` is empty, and as an ES module (tests, tsx), where
 * it is the other way round.
 */
function moduleRequire(): NodeJS.Require {
  if (typeof require === 'function') return require;
  // Inside `try` so that esbuild's CommonJS build, which never gets here, does not warn that
  // import.meta is empty.
  try {
    return createRequire(import.meta.url);
  } catch {
    return createRequire(path.join(process.cwd(), 'index.js'));
  }
}

/**
 * Finds a package file from this module's folder (the app, wherever it is installed) or, for a
 * command-line bundle written outside the project, from the current folder.
 */
function resolveModulePath(specifier: string): string {
  const local = moduleRequire();
  try {
    return local.resolve(specifier);
  } catch {
    return local.resolve(specifier, { paths: [process.cwd()] });
  }
}

/**
 * The fonts as base64. `dir` is where the packaged app keeps its copies (the build puts them
 * beside main.cjs, so the 12 MB DejaVu package is not shipped); without it they come from
 * node_modules, as in tests and the command-line tool.
 */
export function loadPdfFonts(dir?: string): PdfFonts {
  if (!cached) {
    const file = (key: keyof typeof FONT_FILES) =>
      dir ? path.join(dir, path.basename(FONT_FILES[key])) : resolveModulePath(FONT_FILES[key]);
    cached = {
      regular: fs.readFileSync(file('regular')).toString('base64'),
      bold: fs.readFileSync(file('bold')).toString('base64'),
      fallbacks: FALLBACK_FONT_FILES.map((font) => {
        let data: string | null | undefined;
        return {
          name: font.name,
          load: () => {
            if (data === undefined) {
              const found = fallbackFontPath(font, dir);
              data = found ? fs.readFileSync(found).toString('base64') : null;
            }
            return data;
          },
        };
      }),
    };
  }
  return cached;
}

/** Where a fallback font is on this computer, or null when it is not installed. */
export function fallbackFontPath(font: (typeof FALLBACK_FONT_FILES)[number], dir?: string): string | null {
  const candidates = [
    ...(dir ? [path.join(dir, path.basename(font.npm))] : []),
    ...optional(() => resolveModulePath(font.npm)),
    ...font.system,
  ];
  return candidates.find((candidate) => fs.existsSync(candidate)) ?? null;
}

function optional(find: () => string): string[] {
  try {
    return [find()];
  } catch {
    return [];
  }
}
