import { config } from 'zod';

// Zod compiles object parsers with `new Function` when it may, and finds out by trying once.
// The app's Content-Security-Policy has no 'unsafe-eval', so that probe would be refused and
// reported as a violation on every page load. Imported first by main.tsx, before any parse.
config({ jitless: true });
