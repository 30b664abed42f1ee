import { Type } from '@sinclair/typebox';
import { Uuid } from '../../http/schemas.ts';

/** What goes in and out of the media endpoints; the presenters return their `Static<>` types. */
export const ImagePurpose = Type.Union(
  [
    Type.Literal('offer'),
    Type.Literal('provider'),
    Type.Literal('route'),
    Type.Literal('story'),
    Type.Literal('sponsor'),
  ],
  { description: "What the picture is for: an offer, a provider's profile, a route page, a story, a sponsor's logo" },
);

export const ImageOwnerQuery = Type.Object({
  purpose: ImagePurpose,
  ownerId: { ...Uuid, description: 'The offer, provider, route or story the picture belongs to' },
});

export const ImageUploadQuery = Type.Object({
  ...ImageOwnerQuery.properties,
  alt: Type.Optional(
    Type.String({
      maxLength: 200,
      description: "What the picture shows, for people who cannot see it; required for a story's photo",
    }),
  ),
});

export const Image = Type.Object(
  {
    id: Uuid,
    purpose: ImagePurpose,
    ownerId: Uuid,
    alt: Type.String(),
    width: Type.Integer({ description: 'Width of the largest copy, in pixels' }),
    height: Type.Integer({ description: 'Height of the largest copy, in pixels' }),
    src: Type.String({ description: 'The smallest copy: the src of an img' }),
    srcset: Type.String({ description: 'Every copy with its width: the srcset of an img' }),
  },
  { description: 'A picture, resized on upload into a few widths (WebP, no metadata)' },
);

export const AudioUploadQuery = Type.Object(
  { storyId: { ...Uuid, description: 'The podcast episode (a story of kind podcast) the audio belongs to' } },
  { additionalProperties: false },
);

export const Audio = Type.Object(
  {
    id: Uuid,
    storyId: Uuid,
    url: Type.String({ description: 'Where the file is served, with Range support' }),
    contentType: Type.Union([Type.Literal('audio/mpeg'), Type.Literal('audio/mp4')]),
    byteLength: Type.Integer({ description: 'Size of the file in bytes (the enclosure length of the podcast feed)' }),
    durationSeconds: Type.Integer({ description: 'How long it plays, read from the file itself' }),
  },
  { description: "A podcast episode's audio: MP3 or M4A, checked by its content" },
);
