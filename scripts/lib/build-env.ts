// The environment for a child `astro build`: the caller's, minus what a test runner sets. Vitest sets
// NODE_ENV, MODE, DEV, PROD and SSR as for a test, which makes Astro build in a development-like mode (Starlight then
// replaces search with "only available in production").
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST.*|TEST|MODE|DEV|PROD|SSR|BASE_URL)$/.test(k)));
  return { ...env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
