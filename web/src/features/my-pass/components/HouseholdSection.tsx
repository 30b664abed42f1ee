import { useState, type FormEvent } from 'react';
import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { describedBy, Field } from '../../../components/Field.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useHousehold, useInvitePartner, usePartnerLink } from '../api/pass-year.ts';

function InvitePartner() {
  const { t } = useTranslation('my-pass');
  const invite = useInvitePartner();
  const [number, setNumber] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = number.trim();
    setMissing(typed.length === 0);
    if (typed) invite.mutate(typed);
  };
  const error = missing ? t('household.numberMissing') : null;
  return (
    <form onSubmit={submit} noValidate className="sp-form" aria-labelledby="invite-heading">
      <Heading level={3} id="invite-heading">
        {t('household.inviteTitle')}
      </Heading>
      <Field id="partner-number" label={t('household.partnerNumber')} hint={t('household.inviteHint')} error={error}>
        <Textbox
          id="partner-number"
          inputMode="numeric"
          autoComplete="off"
          value={number}
          invalid={!!error}
          aria-describedby={describedBy('partner-number', true, error)}
          onChange={(e) => setNumber(e.target.value)}
        />
      </Field>
      <Button type="submit" appearance="secondary-action-button" busy={invite.isPending} disabled={invite.isPending}>
        {t('household.invite')}
      </Button>
      {invite.isSuccess && (
        <div className="utrecht-alert utrecht-alert--info" role="status">
          <div className="utrecht-alert__content">
            <Paragraph>{t('household.invited')}</Paragraph>
          </div>
        </div>
      )}
      {invite.isError && <ErrorMessage error={invite.error} />}
    </form>
  );
}

/**
 * "Mijn huishouden": the partner's pass (once they accepted) and the children's passes, with the
 * day a child's pass becomes the child's own (at 18). Invitations to a partner's household are
 * answered here.
 */
export function HouseholdSection() {
  const { t, i18n } = useTranslation('my-pass');
  const household = useHousehold();
  const link = usePartnerLink();
  const language = i18n.language;
  const data = household.data;
  return (
    <section aria-labelledby="household-heading">
      <Heading level={2} id="household-heading">
        {t('household.title')}
      </Heading>
      <Paragraph>{t('household.intro')}</Paragraph>
      {household.isError && <ErrorMessage error={household.error} />}
      {data?.invitations.map((invitation) => (
        <div
          key={invitation.linkId}
          className="utrecht-alert utrecht-alert--info"
          role="group"
          aria-labelledby={`invitation-${invitation.linkId}`}
        >
          <div className="utrecht-alert__content">
            <Paragraph id={`invitation-${invitation.linkId}`}>
              {t('household.invitation', { name: invitation.fromName })}
            </Paragraph>
            <div className="sp-button-row">
              <Button
                appearance="primary-action-button"
                disabled={link.isPending}
                onClick={() => link.mutate({ linkId: invitation.linkId, accept: true })}
              >
                {t('household.accept')}
              </Button>
              <Button
                appearance="secondary-action-button"
                disabled={link.isPending}
                onClick={() => link.mutate({ linkId: invitation.linkId, accept: false })}
              >
                {t('household.decline')}
              </Button>
            </div>
          </div>
        </div>
      ))}
      {link.isError && <ErrorMessage error={link.error} />}
      {data && (data.partner || data.children.length > 0) && (
        <TableScroll label={t('household.title')}>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('myPass.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('household.who')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('myPass.number')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('myPass.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('myPass.validUntil')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('household.ownFrom')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.partner && (
                <TableRow>
                  <TableCell>{data.partner.holderName}</TableCell>
                  <TableCell>{t('household.partner')}</TableCell>
                  <TableCell>{data.partner.passNumber}</TableCell>
                  <TableCell>{t(`passStatus.${data.partner.status}`)}</TableCell>
                  <TableCell>{formatDate(data.partner.validUntil, language)}</TableCell>
                  <TableCell>–</TableCell>
                </TableRow>
              )}
              {data.children.map((child) => (
                <TableRow key={child.passNumber}>
                  <TableCell>{child.holderName}</TableCell>
                  <TableCell>{t('household.child')}</TableCell>
                  <TableCell>{child.passNumber}</TableCell>
                  <TableCell>{t(`passStatus.${child.status}`)}</TableCell>
                  <TableCell>{formatDate(child.validUntil, language)}</TableCell>
                  <TableCell>{child.ownFrom ? formatDate(child.ownFrom, language) : '–'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      {data && data.children.length > 0 && <Paragraph>{t('household.at18')}</Paragraph>}
      {data?.partner && (
        <Button
          appearance="secondary-action-button"
          disabled={link.isPending}
          onClick={() => link.mutate({ linkId: data.partner!.linkId, accept: false })}
        >
          {t('household.endPartner', { name: data.partner.holderName })}
        </Button>
      )}
      <Paragraph>
        <RouterLink to="/pas-kopen">{t('household.addChild')}</RouterLink>
      </Paragraph>
      {data && !data.partner && <InvitePartner />}
    </section>
  );
}
