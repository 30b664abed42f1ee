import { Type } from '@sinclair/typebox';
import { GUIDE_LANGUAGES, GUIDE_PAGE_NAMES, GUIDE_SECTION_MAX_LENGTH } from './guide-pages.ts';

const L = <T extends string>(value: T) => Type.Literal(value);

export const GuidePageName = Type.Union(
  GUIDE_PAGE_NAMES.map((p) => L(p)),
  { description: 'wegwijzer: for new residents; festivalgids: the pass at festivals and city events' },
);
export const GuideLanguage = Type.Union(
  GUIDE_LANGUAGES.map((l) => L(l)),
  { description: 'nl is the source; the others are translations' },
);

export const GuidePageParams = Type.Object({ page: GuidePageName });
export const GuidePageQuery = Type.Object({
  language: Type.Optional(
    Type.Union(
      GUIDE_LANGUAGES.map((l) => L(l)),
      { default: 'nl', description: 'The language to read; default nl' },
    ),
  ),
});

export const PublicGuideSection = Type.Object({
  key: Type.String({ description: "The section's fixed name, e.g. intro" }),
  text: Type.Union([Type.String(), Type.Null()], {
    description: 'Plain text; paragraphs are separated by an empty line. Null: the pass organisation wrote none yet',
  }),
  language: GuideLanguage,
  fallback: Type.Boolean({
    description: 'true: not translated into the language asked for, so this is the Dutch text',
  }),
});

export const PublicGuidePage = Type.Object({
  page: GuidePageName,
  language: GuideLanguage,
  sections: Type.Array(PublicGuideSection, { description: "In the page's fixed order" }),
});

/** Path parameters of an update; checked by the service, so every unknown one is named together with the body's problems. */
export const GuideUpdateParams = Type.Object({
  page: Type.String({ maxLength: 40, description: 'wegwijzer or festivalgids' }),
  language: Type.String({ maxLength: 10, description: 'nl, en, tr, ar, pl or uk' }),
});

export const GuideUpdate = Type.Object(
  {
    sections: Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: GUIDE_SECTION_MAX_LENGTH * 2 }), {
      description:
        'Every section of the page in this language, by its key. Plain text (no HTML), paragraphs separated by an ' +
        `empty line, at most ${GUIDE_SECTION_MAX_LENGTH} characters. Dutch: every section is required. Another ` +
        'language: a section left out or empty is not translated and shows the Dutch text. Saving a translation ' +
        'says it matches the Dutch text of now.',
    }),
  },
  { additionalProperties: false },
);

export const AdminGuideSection = Type.Object({
  key: Type.String(),
  text: Type.Union([Type.String(), Type.Null()], { description: 'Null: not written in this language' }),
  status: Type.Union([L('current'), L('missing'), L('outdated')], {
    description: 'outdated: the Dutch text changed after this translation was saved',
  }),
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  updatedBy: Type.Union([Type.String(), Type.Null()], { description: 'The name of who saved it' }),
});

export const AdminGuideLanguage = Type.Object({
  language: GuideLanguage,
  sections: Type.Array(AdminGuideSection),
  missing: Type.Integer({ description: 'Sections without text in this language' }),
  outdated: Type.Integer({ description: 'Sections whose Dutch text changed after they were translated' }),
});

export const AdminGuidePage = Type.Object({
  page: GuidePageName,
  sectionKeys: Type.Array(Type.String()),
  languages: Type.Array(AdminGuideLanguage, { description: 'nl first' }),
});

export const AdminGuidePageList = Type.Object({ items: Type.Array(AdminGuidePage) });
