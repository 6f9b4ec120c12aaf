/**
 * A PostCSS step of the renderer build: drops style rules whose class selectors name a class that
 * no renderer source file mentions. The NHS.UK frontend styles cover every component of the design
 * system; the app uses a fraction of them, and every rule is parsed before the first screen shows.
 *
 * Safe by construction: the classes kept are every word-like token in the renderer's sources and
 * index.html (a superset of the class names used), and a token ending in "-" or "--" (the start of
 * a class built in code, such as `nhsuk-tag--${colour}`) keeps every class starting with it. A
 * selector without classes, or whose classes are all known, is kept; classes inside :not(), :is(),
 * :where() and :has() are not counted, so those selectors are never dropped for them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AtRule, Plugin, Rule } from 'postcss';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(tsx?|html)$/.test(entry.name) ? [full] : [];
  });
}

/** Every token in the sources that could be a class name, and the prefixes of classes built in code. */
export function knownClasses(files: string[]): { names: Set<string>; prefixes: string[] } {
  const names = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/[A-Za-z_][\w-]*/g)) {
      const token = match[0];
      names.add(token);
      if (token.endsWith('-')) prefixes.add(token);
    }
  }
  return { names, prefixes: [...prefixes] };
}

/** The classes a selector needs to match, outside functional pseudo-classes. */
function requiredClasses(selector: string): string[] {
  let plain = selector;
  // Remove :not(…), :is(…), :where(…), :has(…) with their (possibly nested) arguments.
  for (let guard = 0; guard < 10 && /:(?:not|is|where|has)\(/.test(plain); guard++) {
    plain = plain.replace(/:(?:not|is|where|has)\([^()]*\)/g, '');
  }
  return [...plain.matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => (m[1] as string).replace(/\\/g, ''));
}

export function dropUnusedCss(roots: string[]): Plugin {
  const files = roots.flatMap((r) => (fs.statSync(r).isDirectory() ? sourceFiles(r) : [r]));
  const { names, prefixes } = knownClasses(files);
  const known = (cls: string) => names.has(cls) || prefixes.some((p) => cls.startsWith(p));
  return {
    postcssPlugin: 'drop-unused-css',
    OnceExit(root) {
      root.walkRules((rule: Rule) => {
        // Keyframe steps (from, to, 50%) are not selectors.
        if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name)) return;
        const kept = rule.selectors.filter((s) => requiredClasses(s).every(known));
        if (kept.length === 0) rule.remove();
        else if (kept.length < rule.selectors.length) rule.selectors = kept;
      });
      // At-rules (such as @media) left with nothing inside.
      root.walkAtRules((atRule: AtRule) => {
        if (atRule.nodes && atRule.nodes.length === 0) atRule.remove();
      });
    },
  };
}
