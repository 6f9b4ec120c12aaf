/**
 * The national expectations a question serves (framework 2026.2 onwards), in one short line under
 * the question: each expectation's words, with where it comes from in brief.
 */
import { NATIONAL_LINKS, type NationalLinkGroup } from '../../../shared/framework/national';
import type { NationalLinkId } from '../../../shared/framework/types';

/** The source in a few words; the full titles and dates are on the About page and the PDF's method page. */
const SHORT_GROUP: Record<NationalLinkGroup, string> = {
  'Core components of neighbourhood health (guidelines 2025/26)': 'core component, 2025/26 guidelines',
  'Neighbourhood Health Framework (March 2026)': 'Neighbourhood Health Framework',
  'GP contract 2026/27': 'GP contract 2026/27',
  'Neighbourhood health centres': 'health centre guidance',
  'Provider Selection Regime': 'Provider Selection Regime',
  'Implementation programme selection themes': 'implementation programme theme',
};

export function NationalLinks({ links, className = '' }: { links: readonly NationalLinkId[]; className?: string }) {
  return (
    <p className={`app-national-links ${className}`.trim()}>
      <span className="app-national-links__label">National expectations: </span>
      {links.map((id, i) => {
        const link = NATIONAL_LINKS[id];
        return (
          <span key={id}>
            {i > 0 && '; '}
            {link.title} <span className="app-national-links__group">({SHORT_GROUP[link.group]})</span>
          </span>
        );
      })}
    </p>
  );
}
