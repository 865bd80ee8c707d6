import { z } from 'zod';
import {
  BEAT_TYPES, EMOTIONS, RULE_IDS, type RuleId, type SuggestionAlternative, type SuggestionContext, type SuggestionKind,
} from '../../../src/model';

/** One alternative as the model is asked to write it (speakers by name: models keep names). */
export const ModelAlternativeSchema = z.object({
  shotId: z.string(),
  beat: z
    .object({
      type: z.enum(BEAT_TYPES),
      emotion: z.enum(EMOTIONS),
      intensity: z.number().min(0).max(10),
    })
    .nullable()
    .optional(),
  dialogue: z
    .array(
      z.object({
        speaker: z.string(),
        line: z.string().min(1),
        parenthetical: z.string().optional().default(''),
      }),
    )
    .nullable()
    .optional(),
  rationale: z.string().default(''),
  /** Rule ids of the rhythm findings the alternative aims to clear; anything else is dropped. */
  addresses: z.array(z.string()).nullable().optional(),
});

export const ModelAnswerSchema = z.object({ alternatives: z.array(ModelAlternativeSchema) });
export type ModelAlternative = z.infer<typeof ModelAlternativeSchema>;

/** The JSON Schema sent as `response_format` (strict mode needs every key required). */
export const ANSWER_JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['alternatives'],
  properties: {
    alternatives: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['shotId', 'beat', 'dialogue', 'rationale', 'addresses'],
        properties: {
          shotId: { type: 'string' },
          beat: {
            type: ['object', 'null'],
            additionalProperties: false,
            required: ['type', 'emotion', 'intensity'],
            properties: {
              type: { type: 'string', enum: [...BEAT_TYPES] },
              emotion: { type: 'string', enum: [...EMOTIONS] },
              intensity: { type: 'integer', minimum: 0, maximum: 10 },
            },
          },
          dialogue: {
            type: ['array', 'null'],
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['speaker', 'line', 'parenthetical'],
              properties: { speaker: { type: 'string' }, line: { type: 'string' }, parenthetical: { type: 'string' } },
            },
          },
          rationale: { type: 'string' },
          addresses: { type: 'array', items: { type: 'string', enum: [...RULE_IDS] } },
        },
      },
    },
  },
} as const;

/**
 * Turns a validated model alternative into the board's shape: only shots that were asked
 * about, speakers matched to the cast by name, and only the parts the request's kind asked for.
 */
export function toSuggestionAlternative(
  raw: ModelAlternative,
  context: SuggestionContext,
  kind: SuggestionKind,
  requested: ReadonlySet<string>,
): SuggestionAlternative | null {
  if (!requested.has(raw.shotId)) return null;
  const byName = new Map(context.characters.map((character) => [character.name.trim().toLowerCase(), character.id]));
  const beat = kind === 'dialogue' || !raw.beat ? null : { ...raw.beat, intensity: Math.round(raw.beat.intensity) };
  const dialogue =
    kind === 'beats' || !raw.dialogue
      ? null
      : raw.dialogue.map((line) => ({
          characterId: byName.get(line.speaker.trim().toLowerCase()) ?? null,
          line: line.line,
          parenthetical: line.parenthetical ?? '',
        }));
  if (!beat && !dialogue) return null;
  // A check is named only when the board has that finding open and the beat may change.
  const open = new Set(context.findings.map((finding) => finding.ruleId));
  const addresses = beat ? [...new Set(raw.addresses ?? [])].filter((id): id is RuleId => RULE_IDS.includes(id as RuleId) && open.has(id as RuleId)) : [];
  return { shotId: raw.shotId, beat, dialogue, rationale: raw.rationale, ...(addresses.length > 0 ? { addresses } : {}) };
}
