import type { SuggestionContext, SuggestionRequest } from '../../../src/model';
import { ANSWER_JSON_SCHEMA } from './output';

export type ChatMessage = { role: 'system' | 'user' | 'assistant'; content: string };

const CRAFT = `You are a story editor for vertical microdramas: series of 60-100 episodes of 1-3 minutes, shot in 9:16.
Emotional resonance is the point. Every episode opens on a hook and closes on an unresolved cliffhanger;
the episode before the paywall must end on the strongest question. Between them, tension builds and releases:
a reversal or face-slap pays off humiliation, a reveal lands after setup. Do not repeat the previous
episodes' ending types. The board lists its open rhythm findings (checks of hooks, endings, paywalls and
flat stretches, with the thresholds the showrunner chose): write beats that clear them. Dialogue is short, spoken, in character (use each character's voice notes), and in
the board's language.`;

/**
 * The chat messages for one request. The context is sent as JSON exactly as the UI shows it,
 * so what the creator sees is what the model saw.
 */
export function buildMessages(context: SuggestionContext, request: SuggestionRequest, schemaInPrompt: boolean): ChatMessage[] {
  const asked =
    request.kind === 'beats' ? 'an emotional beat' : request.kind === 'dialogue' ? 'dialogue' : 'an emotional beat and dialogue';
  const tone = request.tone ?? {};
  const lines = [
    `For each selected shot (selected: true) propose ${request.alternatives} different alternative(s) of ${asked}, best first.`,
    `Write dialogue in ${context.language}. Speakers are character names from the cast.`,
    tone.intensity !== undefined ? `Intensity: ${describeLevel(tone.intensity)}.` : '',
    tone.melodrama !== undefined ? `Style: ${tone.melodrama >= 0.5 ? 'melodramatic, heightened' : 'restrained, understated'}.` : '',
    tone.humour !== undefined ? `Humour: ${describeLevel(tone.humour)}.` : '',
    request.kind === 'beats' ? 'Set "dialogue" to null.' : request.kind === 'dialogue' ? 'Set "beat" to null.' : '',
    context.findings.length > 0
      ? 'Open rhythm findings are under "findings". A finding about an ending concerns its episode\'s last shot, a hook finding its first shot, ' +
        'the others the shot they name. An alternative for such a shot must clear the finding (its message says how) and list its ruleId in "addresses"; ' +
        'otherwise "addresses" is [].'
      : 'Set "addresses" to [].',
    'Answer with one JSON object {"alternatives": [...]} and nothing else; one entry per shot and alternative, each with a one-line "rationale".',
    schemaInPrompt ? `The JSON must match this JSON Schema:\n${JSON.stringify(ANSWER_JSON_SCHEMA)}` : '',
    `Board:\n${JSON.stringify(context)}`,
  ];
  return [
    { role: 'system', content: CRAFT },
    { role: 'user', content: lines.filter(Boolean).join('\n') },
  ];
}

/** Asks the model once to fix an answer that could not be used. */
export function repairMessages(previous: ChatMessage[], answer: string, problem: string): ChatMessage[] {
  return [
    ...previous,
    { role: 'assistant', content: answer.slice(0, 8000) },
    {
      role: 'user',
      content: `That answer could not be used (${problem}). Reply again with only the JSON object {"alternatives": [...]} in the required shape.`,
    },
  ];
}

function describeLevel(value: number): string {
  return value < 0.34 ? 'low' : value < 0.67 ? 'medium' : 'high';
}
