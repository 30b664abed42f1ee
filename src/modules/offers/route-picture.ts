import type { RoutePictureName } from './route-pages.schemas.ts';

/**
 * The route's picture and badge, drawn as SVG by the server: no upload, no external image host,
 * so they work offline and under the Content-Security-Policy, and a provider can embed the badge.
 * Pictograms are drawn on a 24 x 24 grid.
 */
const PICTOGRAMS: Record<RoutePictureName, string> = {
  heart: 'M12 21s-7-4.5-9.5-9A5.5 5.5 0 0 1 12 6a5.5 5.5 0 0 1 9.5 6C19 16.5 12 21 12 21z',
  spa: 'M12 3c3 3 4 7 0 12-4-5-3-9 0-12zM3 11c4 0 7 2 9 6 2-4 5-6 9-6-1 6-4 9-9 9s-8-3-9-9z',
  sport: 'M12 2a10 10 0 1 1 0 20 10 10 0 1 1 0-20zm0 5-4 3 1.5 5h5l1.5-5z',
  star: 'M12 2l3 7h7l-5.5 4.5 2 7.5-6.5-4-6.5 4 2-7.5L2 9h7z',
  windmill: 'M10.5 12h3l1.5 10h-6zM12 11 5 4l1-1 6 6 6-6 1 1-6 7 6 6-1 1-6-6-6 6-1-1z',
  house: 'M3 11l9-8 9 8v10h-6v-6H9v6H3z',
  family:
    'M7 3a2.5 2.5 0 1 1 0 5 2.5 2.5 0 1 1 0-5zm10 0a2.5 2.5 0 1 1 0 5 2.5 2.5 0 1 1 0-5zM3 21v-7a4 4 0 0 1 8 0v7zm10 0v-7a4 4 0 0 1 8 0v7z',
  tree: 'M12 2l7 10h-4l4 6h-6v4h-2v-4H5l4-6H5z',
};

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

interface RouteLook {
  name: string;
  picture: RoutePictureName;
  color: string;
}

/** The route page's picture: the pictogram, large, on the route's colour. Decorative: the page names the route. */
export function routePictureSvg(route: RouteLook): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 320" width="640" height="320">` +
    `<rect width="640" height="320" fill="${route.color}"/>` +
    `<circle cx="560" cy="40" r="120" fill="#ffffff" fill-opacity="0.12"/>` +
    `<circle cx="60" cy="300" r="90" fill="#ffffff" fill-opacity="0.12"/>` +
    `<path transform="translate(224 64) scale(8)" fill="#ffffff" d="${PICTOGRAMS[route.picture]}"/>` +
    `</svg>`
  );
}

/** The badge a provider shows on its own site or window: pass name, route name, pictogram. */
export function routeBadgeSvg(route: RouteLook, passName: string): string {
  const name = escapeXml(route.name);
  const pass = escapeXml(passName);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 96" width="320" height="96" role="img">` +
    `<title>${pass}: ${name}</title>` +
    `<rect width="320" height="96" rx="12" fill="${route.color}"/>` +
    `<circle cx="48" cy="48" r="32" fill="#ffffff"/>` +
    `<path transform="translate(30 30) scale(1.5)" fill="${route.color}" d="${PICTOGRAMS[route.picture]}"/>` +
    `<text x="92" y="38" font-family="Arial, Helvetica, sans-serif" font-size="15" fill="#ffffff">${pass}</text>` +
    `<text x="92" y="64" font-family="Arial, Helvetica, sans-serif" font-size="${name.length > 22 ? 15 : 19}" ` +
    `font-weight="bold" fill="#ffffff">${name}</text>` +
    `</svg>`
  );
}
