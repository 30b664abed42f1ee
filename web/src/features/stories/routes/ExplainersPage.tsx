import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { EXPLAINER_KINDS, useStories } from '../api/stories.ts';
import { StoryCard } from '../components/StoryCard.tsx';
import '../stories.css';

/**
 * /uitleg: explainer material per audience (000 §5B). Explainers are stories of the explainer
 * kinds, written in Beheer → Verhalen; each opens as a story, translated or in Dutch with a note.
 */
export default function ExplainersPage() {
  const { t } = useTranslation('stories');
  usePageTitle(t('explainers.title'));
  return (
    <div className="sp-explainers">
      <Heading level={1}>{t('explainers.title')}</Heading>
      <Paragraph appearance="lead">{t('explainers.intro')}</Paragraph>
      {EXPLAINER_KINDS.map((kind) => (
        <Audience key={kind} kind={kind} />
      ))}
    </div>
  );
}

function Audience({ kind }: { kind: (typeof EXPLAINER_KINDS)[number] }) {
  const { t, i18n } = useTranslation('stories');
  const stories = useStories({ kind, pageSize: 20 }, i18n.language);
  const audience = kind.replace('explainer_', '') as 'business' | 'civil_servant' | 'initiative';
  const headingId = `explainers-${audience}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t(`explainers.${audience}`)}
      </Heading>
      {stories.isPending ? (
        <Loading />
      ) : stories.isError ? (
        <ErrorMessage error={stories.error} />
      ) : stories.data.items.length === 0 ? (
        <Paragraph>{t('explainers.none')}</Paragraph>
      ) : (
        <ul className="sp-story-list">
          {stories.data.items.map((story) => (
            <StoryCard key={story.id} story={story} headingLevel={3} />
          ))}
        </ul>
      )}
    </section>
  );
}
