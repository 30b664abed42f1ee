/** Runs once before all test files. Browser tests build the web app here when they need it. */
export default async function setup() {}
