import type { AppPackage } from '../appPackage.ts';
import { fileError, type Finding } from '../findings.ts';
import { decodeUtf8, isJsonObject, type JsonObject } from '../json.ts';

/** Locations Zendesk draws an icon for, and the file it takes it from (validations/source.rb, the icon guide). */
const ICON_LOCATIONS: Readonly<Record<string, string>> = {
  top_bar: 'assets/icon_top_bar.svg',
  nav_bar: 'assets/icon_nav_bar.svg',
};

/** Paint values that follow the host's colour rather than fixing one. */
const FOLLOWING_PAINT = new Set(['currentcolor', 'none', 'inherit', 'transparent']);

function hardCodedFill(markup: string): string | null {
  const attributes = [...markup.matchAll(/\sfill\s*=\s*["']([^"']*)["']/gi)].map((match) => match[1] ?? '');
  const styles = [...markup.matchAll(/fill\s*:\s*([^;"'}]+)/gi)].map((match) => match[1] ?? '');
  return (
    [...attributes, ...styles]
      .map((value) => value.trim())
      .find((value) => !FOLLOWING_PAINT.has(value.toLowerCase())) ?? null
  );
}

function locationsOf(manifest: JsonObject): string[] {
  const products = isJsonObject(manifest.location) ? Object.values(manifest.location) : [];
  return products.flatMap((locations) => (isJsonObject(locations) ? Object.keys(locations) : []));
}

/**
 * A top-bar or nav-bar location needs its icon: an SVG with a viewBox (Zendesk
 * draws it at 18x18) and no fill of its own, so it takes the bar's colour.
 */
export function checkLocationIcons(manifest: JsonObject, pkg: AppPackage): Finding[] {
  return locationsOf(manifest).flatMap((location): Finding[] => {
    const path = ICON_LOCATIONS[location];
    if (path === undefined) return [];
    const bytes = pkg.files.get(path);
    const draw = 'draw an 18x18 icon (viewBox="0 0 18 18") filled with currentColor';
    if (bytes === undefined)
      return [fileError('assets.iconMissing', path, `is missing; the ${location} location needs it`, draw)];
    const markup = decodeUtf8(bytes) ?? '';
    if (!/<svg[\s>]/i.test(markup)) return [fileError('assets.iconFormat', path, 'is not an SVG image', draw)];
    const findings: Finding[] = [];
    if (!/<svg[^>]*\sviewBox\s*=\s*["'][^"']+["']/i.test(markup))
      findings.push(fileError('assets.iconViewBox', path, 'has no viewBox, so it cannot be scaled to 18x18', draw));
    const fill = hardCodedFill(markup);
    if (fill !== null)
      findings.push(
        fileError(
          'assets.iconFill',
          path,
          `has a hard-coded fill (${fill}); it would not follow the bar's colour`,
          'use fill="currentColor" or no fill',
        ),
      );
    return findings;
  });
}
