import OpenAI from 'openai';
import type { ProviderEvent, SuggestionAlternative, SuggestionContext, SuggestionRequest } from '../../../src/model';
import type { SuggestionProvider } from '../provider';
import { describeUpstreamError } from './errors';
import { ArrayItemScanner, firstJsonObject, stripThinking } from './jsonStream';
import { ANSWER_JSON_SCHEMA, ModelAlternativeSchema, ModelAnswerSchema, toSuggestionAlternative } from './output';
import { buildMessages, repairMessages, type ChatMessage } from './prompt';

export interface OpenAiSettings {
  baseUrl?: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
}

/**
 * Structured output, from strictest to most forgiving. Servers differ (OpenAI takes a strict
 * JSON schema, many local servers only json_object, some neither); a mode a server refused
 * is remembered for the life of the process, so only the first request pays for finding out.
 */
const MODES = ['json_schema', 'json_object', 'plain'] as const;
type Mode = (typeof MODES)[number];

export function createOpenAiProvider(settings: OpenAiSettings): SuggestionProvider {
  const baseUrl = settings.baseUrl ?? 'https://api.openai.com/v1';
  const client = new OpenAI({
    baseURL: baseUrl,
    // Local servers (Ollama, llama.cpp) need no key, but the SDK insists on one.
    apiKey: settings.apiKey || 'no-key',
    timeout: settings.timeoutMs,
    maxRetries: 0,
  });
  let modeIndex = 0;

  async function* suggest(request: SuggestionRequest, context: SuggestionContext, signal: AbortSignal): AsyncIterable<ProviderEvent> {
    const requested = new Set(context.shots.filter((shot) => shot.selected).map((shot) => shot.id));
    const accept = (raw: unknown): SuggestionAlternative | null => {
      const parsed = ModelAlternativeSchema.safeParse(raw);
      return parsed.success ? toSuggestionAlternative(parsed.data, context, request.kind, requested) : null;
    };

    let messages: ChatMessage[] = [];
    let text = '';
    let emitted = 0;
    let cutOff = false;
    for (;;) {
      const mode: Mode = MODES[modeIndex]!;
      messages = buildMessages(context, request, mode !== 'json_schema');
      let stream;
      try {
        stream = await client.chat.completions.create(
          { model: settings.model, messages, stream: true, temperature: 0.8, ...responseFormat(mode) },
          { signal },
        );
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof OpenAI.BadRequestError && modeIndex < MODES.length - 1) {
          modeIndex++;
          continue;
        }
        yield { type: 'error', ...describeUpstreamError(error, baseUrl, settings.model) };
        return;
      }

      const scanner = new ArrayItemScanner();
      let fed = 0;
      try {
        for await (const chunk of stream) {
          const choice = chunk.choices[0];
          text += choice?.delta?.content ?? '';
          if (choice?.finish_reason === 'length') cutOff = true;
          // Items are read from the text without reasoning blocks, as it grows.
          const visible = stripThinking(text);
          const fresh = visible.slice(fed);
          fed = visible.length;
          for (const item of scanner.push(fresh)) {
            const alternative = accept(safeJson(item));
            if (alternative) {
              emitted++;
              yield { type: 'alternative', alternative };
            }
          }
        }
      } catch (error) {
        if (signal.aborted) return;
        yield { type: 'error', ...describeUpstreamError(error, baseUrl, settings.model) };
        return;
      }
      break;
    }

    if (emitted === 0) {
      // Nothing usable streamed: read the whole answer leniently, then ask once for a repair.
      let problem = usableAlternatives(text, accept);
      if (typeof problem !== 'string') {
        for (const alternative of problem) yield { type: 'alternative', alternative };
        yield { type: 'done' };
        return;
      }
      try {
        const repaired = await client.chat.completions.create(
          { model: settings.model, messages: repairMessages(messages, text, problem), ...responseFormat(MODES[modeIndex]!) },
          { signal },
        );
        const result = usableAlternatives(repaired.choices[0]?.message?.content ?? '', accept);
        if (typeof result !== 'string') {
          for (const alternative of result) yield { type: 'alternative', alternative };
          yield { type: 'done' };
          return;
        }
        problem = result;
      } catch (error) {
        if (signal.aborted) return;
        yield { type: 'error', ...describeUpstreamError(error, baseUrl, settings.model) };
        return;
      }
      yield { type: 'error', message: `The model's answer could not be used (${problem}). Try again or use fewer shots.` };
      return;
    }
    if (cutOff) {
      yield { type: 'error', message: `The model stopped at its output limit after ${emitted} alternative(s); ask for fewer shots or alternatives.` };
      return;
    }
    yield { type: 'done' };
  }

  return { name: 'openai', model: settings.model, suggest };
}

function responseFormat(mode: Mode) {
  if (mode === 'json_schema') {
    return { response_format: { type: 'json_schema' as const, json_schema: { name: 'suggestions', strict: true, schema: ANSWER_JSON_SCHEMA } } };
  }
  if (mode === 'json_object') return { response_format: { type: 'json_object' as const } };
  return {};
}

/** The answer's alternatives, or a short description of why there are none. */
function usableAlternatives(text: string, accept: (raw: unknown) => SuggestionAlternative | null): SuggestionAlternative[] | string {
  const parsed = firstJsonObject(text);
  if (parsed === null) return text.trim() ? 'no complete JSON object in it' : 'it was empty';
  const answer = ModelAnswerSchema.safeParse(parsed);
  if (!answer.success) return `wrong shape: ${answer.error.issues[0]?.path.join('.') ?? ''} ${answer.error.issues[0]?.message ?? ''}`.trim();
  const alternatives = answer.data.alternatives.map(accept).filter((a): a is SuggestionAlternative => a !== null);
  return alternatives.length > 0 ? alternatives : 'none of its alternatives was for a selected shot';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
