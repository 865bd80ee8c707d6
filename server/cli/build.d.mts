export declare const SERVER_BUNDLE: string;
export declare function isStale(built: string, sources: string[]): boolean;
export declare function serverIsStale(): boolean;
export declare function buildServer(outdir?: string): Promise<void>;
export declare const SERVER_NODE_FLAGS: string[];
