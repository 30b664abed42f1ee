import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useJoinPanel, useLeavePanel, usePanelMembership } from '../api/feedback.ts';

/** "Ervaringspanel": what it is, how often we ask, how to leave; join with clear consent, leave at any time. */
export default function PanelPage() {
  const { t } = useTranslation('feedback');
  usePageTitle(t('panel.title'));
  const membership = usePanelMembership();
  const join = useJoinPanel();
  const leave = useLeavePanel();
  const [agreed, setAgreed] = useState(false);
  return (
    <>
      <Heading level={1}>{t('panel.title')}</Heading>
      <Paragraph>{t('panel.intro')}</Paragraph>
      <Heading level={2}>{t('panel.consentTitle')}</Heading>
      <UnorderedList>
        <UnorderedListItem>{t('panel.what')}</UnorderedListItem>
        <UnorderedListItem>{t('panel.howOften')}</UnorderedListItem>
        <UnorderedListItem>{t('panel.anonymous')}</UnorderedListItem>
        <UnorderedListItem>{t('panel.leave')}</UnorderedListItem>
      </UnorderedList>
      {membership.isPending && <Loading />}
      {membership.isError && <ErrorMessage error={membership.error} />}
      {membership.data?.member ? (
        <>
          <Alert type="ok" role="status">
            <Paragraph>{t('panel.member')}</Paragraph>
          </Alert>
          <Button appearance="secondary-action-button" busy={leave.isPending} onClick={() => leave.mutate()}>
            {t('panel.leaveButton')}
          </Button>
        </>
      ) : (
        membership.data && (
          <form
            className="sp-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (agreed) join.mutate(membership.data.consentVersion);
            }}
          >
            {leave.isSuccess && (
              <Alert type="info" role="status">
                <Paragraph>{t('panel.left')}</Paragraph>
              </Alert>
            )}
            <FormField type="checkbox">
              <Checkbox id="panel-consent" required checked={agreed} onChange={(e) => setAgreed(e.target.checked)} />
              <FormLabel htmlFor="panel-consent" type="checkbox">
                {t('panel.agree')}
              </FormLabel>
            </FormField>
            <Button type="submit" appearance="primary-action-button" busy={join.isPending}>
              {t('panel.join')}
            </Button>
          </form>
        )
      )}
      {(join.isError || leave.isError) && <ErrorMessage error={join.error ?? leave.error} />}
    </>
  );
}
