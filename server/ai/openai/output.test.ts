import { describe, expect, it } from 'vitest';
import { ANSWER_JSON_SCHEMA, ModelAnswerSchema } from './output';

type Schema = Record<string, unknown>;

/** Every object schema in a JSON Schema, with where it sits. */
function objectsIn(schema: unknown, path = '#'): [string, Schema][] {
  if (typeof schema !== 'object' || schema === null) return [];
  if (Array.isArray(schema)) return schema.flatMap((item, index) => objectsIn(item, `${path}/${index}`));
  const node = schema as Schema;
  const here: [string, Schema][] = node.type === 'object' ? [[path, node]] : [];
  return [...here, ...Object.entries(node).flatMap(([key, value]) => (key === 'enum' ? [] : objectsIn(value, `${path}/${key}`)))];
}

const valid = {
  alternatives: [
    {
      shotId: 's1',
      beat: { type: 'hook', emotion: 'surprise', intensity: 7 },
      dialogue: [{ speaker: 'Lin', line: 'You kept my name off the gate.', parenthetical: 'quiet' }],
      rationale: 'Open on a question.',
      addresses: ['hook'],
    },
  ],
};
const withIntensity = (intensity: number) => ({
  alternatives: [{ ...valid.alternatives[0], beat: { ...valid.alternatives[0]!.beat, intensity } }],
});

describe('the answer schema', () => {
  it('is sent as strict mode needs it: every key required and no others allowed, at every level', () => {
    const objects = objectsIn(ANSWER_JSON_SCHEMA);
    expect(objects.map(([path]) => path)).toEqual([
      '#',
      '#/properties/alternatives/items',
      '#/properties/alternatives/items/properties/beat/anyOf/0',
      '#/properties/alternatives/items/properties/dialogue/anyOf/0/items',
    ]);
    for (const [path, object] of objects) {
      expect(object.additionalProperties, path).toBe(false);
      expect(object.required, path).toEqual(Object.keys(object.properties as Schema));
    }
    expect(JSON.stringify(ANSWER_JSON_SCHEMA)).not.toMatch(/"\$schema"|"default"|"minLength"/);
  });

  it('asks for a whole-number intensity from 0 to 10', () => {
    const beat = objectsIn(ANSWER_JSON_SCHEMA).find(([path]) => path.endsWith('/beat/anyOf/0'))![1];
    expect((beat.properties as Schema).intensity).toEqual({ type: 'integer', minimum: 0, maximum: 10 });
  });

  it('takes a valid answer and refuses an intensity of 7.5 or 11', () => {
    expect(ModelAnswerSchema.safeParse(valid).success).toBe(true);
    expect(ModelAnswerSchema.safeParse(withIntensity(0)).success).toBe(true);
    expect(ModelAnswerSchema.safeParse(withIntensity(10)).success).toBe(true);
    expect(ModelAnswerSchema.safeParse(withIntensity(7.5)).success).toBe(false);
    expect(ModelAnswerSchema.safeParse(withIntensity(11)).success).toBe(false);
  });
});
