import { PNG_LOGOS, SVG_LOGO_PATH, type AppPackage } from '../appPackage.ts';
import { fileError, fileWarning, type Finding } from '../findings.ts';
import { decodeUtf8 } from '../json.ts';
import { readPngSize, type PixelSize } from '../png.ts';

/** Marketplace banner sizes, 1x and 2x (validations/banner.rb). */
const BANNER_PATH = 'assets/banner.png';
const BANNER_SIZES: readonly PixelSize[] = [
  { width: 830, height: 200 },
  { width: 1660, height: 400 },
];

function logos(pkg: AppPackage): Finding[] {
  return PNG_LOGOS.flatMap(({ path, size }) => {
    const bytes = pkg.files.get(path);
    const fix = `export a ${size}x${size} PNG from ${SVG_LOGO_PATH} to ${path}`;
    if (bytes === undefined) return [fileError('assets.logoMissing', path, 'is missing', fix)];
    const actual = readPngSize(bytes);
    if (actual === undefined) return [fileError('assets.logoFormat', path, 'is not a PNG image', fix)];
    if (actual.width !== size || actual.height !== size) {
      return [
        fileError('assets.logoSize', path, `is ${actual.width}x${actual.height} pixels, must be ${size}x${size}`, fix),
      ];
    }
    return [];
  });
}

function banner(pkg: AppPackage): Finding[] {
  const bytes = pkg.files.get(BANNER_PATH);
  if (bytes === undefined) return [];
  const fix = 'use an 830x200 (or 1660x400) PNG, or remove it: private apps do not need a banner';
  const actual = readPngSize(bytes);
  if (actual === undefined) return [fileError('assets.bannerFormat', BANNER_PATH, 'is not a PNG image', fix)];
  const fits = BANNER_SIZES.some(({ width, height }) => actual.width === width && actual.height === height);
  return fits ? [] : [fileError('assets.bannerSize', BANNER_PATH, `is ${actual.width}x${actual.height} pixels`, fix)];
}

/** Zendesk rewrites SVGs it finds unsafe and replaces those with bitmaps by a placeholder (validations/svg.rb). */
function svgs(pkg: AppPackage): Finding[] {
  const findings: Finding[] = [];
  for (const [path, bytes] of pkg.files) {
    if (!/^assets\/.*\.svg$/.test(path)) continue;
    const markup = decodeUtf8(bytes) ?? '';
    if (/<image[\s>/]/i.test(markup)) {
      findings.push(
        fileWarning(
          'assets.svgBitmap',
          path,
          'embeds a bitmap; Zendesk replaces such icons with a placeholder',
          'draw the icon with vector shapes only',
        ),
      );
    } else if (/<script[\s>/]|<foreignObject[\s>/]|\son[a-z]+\s*=|javascript:/i.test(markup)) {
      findings.push(
        fileWarning(
          'assets.svgUnsafe',
          path,
          'has scripts, event handlers or foreignObject, which Zendesk strips',
          'remove them; icons must be plain shapes',
        ),
      );
    }
  }
  return findings;
}

/** Logos with their exact pixel sizes, the optional banner, and SVG icons. */
export function checkAssets(pkg: AppPackage): Finding[] {
  return [...logos(pkg), ...banner(pkg), ...svgs(pkg)];
}
