/**
 * Placing the PCNs of a portfolio in the NHS directory: each PCN's main ICB, its sub-ICB
 * location (of most of its member practices) and its registered population, and the
 * directory's PCN counts and patients per ICB and sub-ICB. Used by the app and by `npm run rollup`.
 */
import type { Directory, PcnSubIcb } from '../directory/types';
import type { DirectoryPlace, PcnFacts, Place, PortfolioData, PortfolioPcn } from './types';

/** Where a directory PCN sits. */
export interface DirectoryPcnPlace {
  icb: Place | null;
  subIcb: Place | null;
  population: number | null;
}

export function directoryPlaces(
  directory: Directory,
  subIcbs: Map<string, PcnSubIcb[]>,
): Map<string, DirectoryPcnPlace> {
  return new Map(
    directory.pcns.map((p) => {
      const icb = p.icbs[0];
      const sub = subIcbs.get(p.code)?.[0];
      return [
        p.code,
        {
          icb: icb ? { code: icb.code, name: icb.name } : null,
          subIcb: sub ? { code: sub.code, name: sub.name } : null,
          population: p.population,
        },
      ];
    }),
  );
}

export function placePcns(
  stored: { id: string; fileName: string; importedAt: string; facts: PcnFacts }[],
  directory: Map<string, DirectoryPcnPlace>,
  directoryExtractDate: string | null,
): PortfolioData {
  const pcns: PortfolioPcn[] = stored.map(({ id, fileName, importedAt, facts }) => {
    const found = facts.pcnCode ? directory.get(facts.pcnCode.toUpperCase()) : undefined;
    const fromDirectory = found?.population ?? null;
    return {
      ...facts,
      id,
      fileName,
      importedAt,
      icb: found?.icb ?? null,
      subIcb: found?.subIcb ?? null,
      population: fromDirectory ?? facts.profilePopulation,
      populationSource: fromDirectory !== null ? 'directory' : facts.profilePopulation !== null ? 'profile' : null,
    };
  });
  const places = new Map<string, DirectoryPlace>();
  for (const d of directory.values()) {
    if (!d.icb) continue;
    const key = `${d.icb.code}|${d.subIcb?.code ?? ''}`;
    const place = places.get(key) ?? { icb: d.icb, subIcb: d.subIcb, pcns: 0, population: 0 };
    place.pcns += 1;
    place.population += d.population ?? 0;
    places.set(key, place);
  }
  return { pcns, places: [...places.values()], directoryExtractDate };
}
