import { Type } from '@sinclair/typebox';
import { Uuid } from '../../http/schemas.ts';

export const TasteOptIn = Type.Object(
  { optedIn: Type.Boolean({ description: 'true: suggest kinds of offers I have not tried; false: stop and forget' }) },
  { additionalProperties: false },
);

export const TasteSuggestions = Type.Object({
  optedIn: Type.Boolean(),
  items: Type.Array(
    Type.Object({
      category: Type.String({ description: 'A category slug the holder has not used yet' }),
      nameNl: Type.String(),
      nameEn: Type.String(),
      offers: Type.Array(Type.Object({ id: Uuid, title: Type.String() }), { maxItems: 3 }),
    }),
    { maxItems: 3, description: 'Empty unless opted in' },
  ),
});
