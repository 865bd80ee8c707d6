import { useEffect, useState } from 'react';

export interface AiProviderInfo {
  provider: 'offline' | 'openai';
  model: string;
}

let cached: Promise<AiProviderInfo | null> | null = null;

/** The server's suggestion provider and model (never the key), read once per tab. */
export function useAiProvider(): AiProviderInfo | null {
  const [info, setInfo] = useState<AiProviderInfo | null>(null);
  useEffect(() => {
    cached ??= fetch('/api/ai')
      .then((response) => (response.ok ? (response.json() as Promise<AiProviderInfo>) : null))
      .catch(() => null);
    let live = true;
    void cached.then((value) => live && setInfo(value));
    return () => {
      live = false;
    };
  }, []);
  return info;
}
