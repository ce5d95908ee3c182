// What the long structured fixture (tests/fixtures/structured-ladder) holds, for the tests that
// read it in memory and those that read its build: one list to change when the fixture changes.

/**
 * Its competency matrix's rows in ladder order: the sections its six levels share, sub-sections
 * under their parents; L3 alone has "Delivery › Incidents › On-call", L5 and L6 alone "Strategy".
 */
export const STRUCTURED_MATRIX_ROWS = [
  'Overview',
  'Technical skills',
  'Technical skills › Code quality',
  'Technical skills › Testing',
  'Delivery',
  'Delivery › Planning',
  'Delivery › Incidents',
  'Delivery › Incidents › On-call',
  'Ownership',
  'Collaboration',
  'Mentoring',
  'Strategy',
];
