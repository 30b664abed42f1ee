import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useWijken } from '../../../lib/lookups.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import {
  TIME_SLOTS,
  useMatches,
  useMyProfile,
  useMySuggestions,
  useSaveProfile,
  type ProfileInput,
  type TimeSlot,
} from '../api/volunteering.ts';
import { CheckboxGroup, TextField, splitTags } from '../components/Fields.tsx';
import { MatchCard } from '../components/MatchCard.tsx';
import { RespondButton } from '../components/RespondButton.tsx';
import '../volunteering.css';

type Profile = NonNullable<ReturnType<typeof useMyProfile>['data']>['profile'];

/** /vrijwilligers/mijn-profiel: what I like to do, where and when; what fits me; my matches. */
export default function VolunteerProfilePage() {
  const { t } = useTranslation('volunteering');
  usePageTitle(t('profile.title'));
  const profile = useMyProfile();
  const hasProfile = !!profile.data?.profile;
  const suggestions = useMySuggestions(hasProfile);
  const matches = useMatches();
  return (
    <div className="sp-volunteering">
      <Heading level={1}>{t('profile.title')}</Heading>
      <Paragraph appearance="lead">{t('profile.intro')}</Paragraph>
      {profile.isPending && <Loading />}
      {profile.isError && <ErrorMessage error={profile.error} />}
      {profile.data && <ProfileForm profile={profile.data.profile} />}

      {hasProfile && (
        <section aria-labelledby="profile-suggestions">
          <Heading level={2} id="profile-suggestions">
            {t('profile.suggestions')}
          </Heading>
          {suggestions.isError && <ErrorMessage error={suggestions.error} />}
          {suggestions.data && suggestions.data.vacancies.length + suggestions.data.helpRequests.length === 0 && (
            <Paragraph>{t('profile.noSuggestions')}</Paragraph>
          )}
          <ul className="sp-volunteering__list">
            {suggestions.data?.vacancies.map((v) => (
              <li key={v.id} className="sp-volunteering__card">
                <Heading level={3}>{v.title}</Heading>
                <Paragraph>{v.description}</Paragraph>
                <Paragraph>{t('vacancies.facts', { partner: v.partner.name, wijk: v.wijk.name })}</Paragraph>
                <Paragraph>
                  {t('profile.why', { score: v.match.score, interests: v.match.interests.join(', ') || '–' })}
                </Paragraph>
                <RespondButton about={{ vacancyId: v.id }} title={v.title} />
              </li>
            ))}
            {suggestions.data?.helpRequests.map((h) => (
              <li key={h.id} className="sp-volunteering__card">
                <Heading level={3}>{h.title}</Heading>
                <Paragraph>{h.description}</Paragraph>
                <Paragraph>{t('profile.helpRequestIn', { wijk: h.wijk.name })}</Paragraph>
                <RespondButton about={{ helpRequestId: h.id }} title={h.title} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="profile-matches">
        <Heading level={2} id="profile-matches">
          {t('profile.matches')}
        </Heading>
        {matches.isError && <ErrorMessage error={matches.error} />}
        {matches.data && matches.data.items.length === 0 && <Paragraph>{t('profile.noMatches')}</Paragraph>}
        <ul className="sp-volunteering__list">
          {matches.data?.items.map((m) => (
            <MatchCard key={m.id} match={m} />
          ))}
        </ul>
      </section>
    </div>
  );
}

function ProfileForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation('volunteering');
  const wijken = useWijken();
  const save = useSaveProfile();
  const [name, setName] = useState(profile?.displayName ?? '');
  const [about, setAbout] = useState(profile?.about ?? '');
  const [interests, setInterests] = useState(profile?.interests.join(', ') ?? '');
  const [skills, setSkills] = useState(profile?.skills.join(', ') ?? '');
  const [wijkCodes, setWijkCodes] = useState<string[]>(profile?.wijken.map((w) => w.code) ?? []);
  const [times, setTimes] = useState<TimeSlot[]>(profile?.times ?? []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: ProfileInput = {
      displayName: name.trim(),
      about: about.trim(),
      interests: splitTags(interests),
      skills: splitTags(skills),
      wijkCodes,
      times,
    };
    save.mutate(body);
  };
  const names = new Map(wijken.data?.items.map((w) => [w.code, w.name]));
  return (
    <form onSubmit={submit} className="sp-form" aria-label={t('profile.form')}>
      <TextField
        id="profile-name"
        label={t('profile.name')}
        hint={t('profile.nameHint')}
        value={name}
        onChange={setName}
        required
      />
      <TextField id="profile-about" label={t('profile.about')} value={about} onChange={setAbout} multiline />
      <TextField
        id="profile-interests"
        label={t('profile.interests')}
        hint={t('profile.tagsHint')}
        value={interests}
        onChange={setInterests}
      />
      <TextField
        id="profile-skills"
        label={t('profile.skills')}
        hint={t('profile.skillsHint')}
        value={skills}
        onChange={setSkills}
      />
      <CheckboxGroup
        id="profile-wijken"
        legend={t('profile.where')}
        options={wijken.data?.items.map((w) => w.code) ?? []}
        selected={wijkCodes}
        onChange={setWijkCodes}
        label={(code) => names.get(code) ?? code}
      />
      <CheckboxGroup
        id="profile-times"
        legend={t('common.when')}
        options={TIME_SLOTS}
        selected={times}
        onChange={setTimes}
        label={(s) => t(`time.${s}`)}
      />
      <Button type="submit" appearance="primary-action-button" busy={save.isPending}>
        {t('profile.save')}
      </Button>
      {save.isSuccess && (
        <Alert type="ok" role="status">
          <Paragraph>{t('profile.saved')}</Paragraph>
        </Alert>
      )}
      {save.isError && <ErrorMessage error={save.error} />}
    </form>
  );
}
