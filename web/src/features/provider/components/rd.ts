/**
 * RD New (EPSG:28992, the grid of the CBS wijk outlines) to and from WGS84 latitude and longitude,
 * with the polynomial approximation of Schreutelkamp and Strang van Hees (about a metre off in the
 * Netherlands). The server has the same formulas (src/modules/areas/locate.ts) and decides the wijk.
 */
type Terms = [number, number, number][];
const PHI0 = 52.1551744;
const LAM0 = 5.38720621;
const K: Terms = [
  [0, 1, 3235.65389],
  [2, 0, -32.58297],
  [0, 2, -0.2475],
  [2, 1, -0.84978],
  [0, 3, -0.0655],
  [2, 2, -0.01709],
  [1, 0, -0.00738],
  [4, 0, 0.0053],
  [2, 3, -0.00039],
  [4, 1, 0.00033],
  [1, 1, -0.00012],
];
const L: Terms = [
  [1, 0, 5260.52916],
  [1, 1, 105.94684],
  [1, 2, 2.45656],
  [3, 0, -0.81885],
  [1, 3, 0.05594],
  [3, 1, -0.05607],
  [0, 1, 0.01199],
  [3, 2, -0.00256],
  [1, 4, 0.00128],
  [0, 2, 0.00022],
  [2, 0, -0.00022],
  [5, 0, 0.00026],
];
const R: Terms = [
  [0, 1, 190094.945],
  [1, 1, -11832.228],
  [2, 1, -114.221],
  [0, 3, -32.391],
  [1, 0, -0.705],
  [3, 1, -2.34],
  [1, 3, -0.608],
  [0, 2, -0.008],
  [2, 3, 0.148],
];
const S: Terms = [
  [1, 0, 309056.544],
  [0, 2, 3638.893],
  [2, 0, 73.077],
  [1, 2, -157.984],
  [3, 0, 59.788],
  [0, 1, 0.433],
  [2, 2, -6.439],
  [1, 1, -0.032],
  [0, 4, 0.092],
  [1, 4, -0.054],
];
const sum = (terms: Terms, a: number, b: number) => terms.reduce((total, [p, q, c]) => total + c * a ** p * b ** q, 0);

export function rdToWgs84(x: number, y: number) {
  const dX = (x - 155000) * 1e-5;
  const dY = (y - 463000) * 1e-5;
  return { latitude: PHI0 + sum(K, dX, dY) / 3600, longitude: LAM0 + sum(L, dX, dY) / 3600 };
}

export function wgs84ToRd(latitude: number, longitude: number) {
  const dPhi = 0.36 * (latitude - PHI0);
  const dLam = 0.36 * (longitude - LAM0);
  return { x: 155000 + sum(R, dPhi, dLam), y: 463000 + sum(S, dPhi, dLam) };
}
