// Stands in for Astro's virtual module `astro:content` in unit tests (vitest.config.ts aliases it
// here), as Starlight's tests do: each test mocks what it needs with `vi.mock('astro:content')`.
const unmocked = (name: string) => () => {
  throw new Error(`astro:content's ${name} was called without being mocked in this test.`);
};

export const getCollection = unmocked('getCollection');
export const getEntry = unmocked('getEntry');
export const render = unmocked('render');
