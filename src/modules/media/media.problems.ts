import { defineProblems } from '../../shared/errors.ts';

/** The media module's problem codes: status, and the title in English and Dutch (B1). */
export const mediaProblems = defineProblems({
  'image-type-unsupported': {
    status: 415,
    title: {
      en: 'This file is not a JPEG, PNG or WebP picture',
      nl: 'Dit bestand is geen foto in JPEG, PNG of WebP',
    },
  },
  'audio-type-unsupported': {
    status: 415,
    title: {
      en: 'This file is not MP3 or M4A audio',
      nl: 'Dit bestand is geen geluid in MP3 of M4A',
    },
  },
  'image-limit-reached': {
    status: 409,
    title: { en: 'There are already as many pictures as allowed', nl: 'Er zijn al zoveel foto’s als mag' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof mediaProblems, true> {}
}
