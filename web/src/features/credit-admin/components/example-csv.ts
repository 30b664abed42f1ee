/**
 * The example file the Tegoed page shows: a header and one pass per line. Its pass numbers are
 * the demo's (Fatima's and her child's), with the right check digit, so a copy of the example
 * passes the page's own check (test/credit-example.test.ts).
 */
export const EXAMPLE_CSV = 'pasnummer;bedrag\n0479 0000 0001 4;150,00\n0479 0000 0002 2;75,00';
