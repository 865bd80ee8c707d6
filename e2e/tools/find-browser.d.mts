// Types for find-browser.mjs, so the Playwright config and TypeScript tools can import it.
export declare const BROWSER_ENV: 'BEATBOARD_CHROMIUM';

export interface FoundBrowser {
  path: string;
  /** Where it came from: 'BEATBOARD_CHROMIUM', 'Playwright' or 'system'. */
  source: string;
}

export declare class BrowserSetupError extends Error {}

export declare function findBrowser(): Promise<FoundBrowser | null>;
export declare function ensureBrowser(options?: { log?: (line: string) => void }): Promise<FoundBrowser>;
export declare function ensureCjkFonts(options?: { log?: (line: string) => void }): void;
export declare function ensurePdfTools(options?: { log?: (line: string) => void }): string | null;
export declare function ensureVideoTools(options?: { log?: (line: string) => void }): string | null;
export declare function ensureScaleOutServers(options?: { log?: (line: string) => void }): string | null;
/** A PostgreSQL server command (initdb, pg_ctl, postgres): on the PATH or in /usr/lib/postgresql/<major>/bin. */
export declare function findPostgresCommand(name: string): string | null;
