/** A fake API key the e2e server holds; no page, bundle or API answer may ever contain it. */
export const AI_KEY_SENTINEL = 'sk-beatboard-e2e-sentinel-3f9c1a';
