import {
  Heading,
  OrderedList,
  OrderedListItem,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatMoney } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSchemes } from '../api/schemes.ts';
import '../schemes.css';

/** "Gratis Zaanse Pas?": who gets the pass free or cheaper, what it gives, how to apply and with what evidence. */
export default function FreePassPage() {
  const { t, i18n } = useTranslation('schemes');
  usePageTitle(t('freePass.title'));
  // The schemes that grant the pass, and at what price, come from the guide: data, not text on this page.
  const schemes = useSchemes({ audience: 'residents' });
  const passSchemes = schemes.data?.items.filter((s) => s.grantsPass && s.passPriceCents !== null) ?? [];

  return (
    <div className="sp-schemes">
      <Heading level={1}>{t('freePass.title')}</Heading>
      <Paragraph appearance="lead">{t('freePass.lead')}</Paragraph>
      <Paragraph>
        <RouterLink to="/check">{t('freePass.toCheck')}</RouterLink>
      </Paragraph>

      <section>
        <Heading level={2}>{t('freePass.whoTitle')}</Heading>
        <UnorderedList>
          <UnorderedListItem>{t('freePass.who.income')}</UnorderedListItem>
          <UnorderedListItem>{t('freePass.who.caring')}</UnorderedListItem>
        </UnorderedList>
        {passSchemes.length > 0 && (
          <>
            <Paragraph>{t('freePass.schemesIntro')}</Paragraph>
            <UnorderedList>
              {passSchemes.map((s) => (
                <UnorderedListItem key={s.id}>
                  <RouterLink to={`/regelingen/${s.slug}`}>{s.title}</RouterLink>:{' '}
                  {s.passPriceCents === 0
                    ? t('detail.passFree')
                    : t('detail.passReduced', { price: formatMoney(s.passPriceCents ?? 0, i18n.language) })}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </>
        )}
        <Paragraph>{t('freePass.household')}</Paragraph>
      </section>

      <section>
        <Heading level={2}>{t('freePass.givesTitle')}</Heading>
        <UnorderedList>
          <UnorderedListItem>{t('freePass.gives.discount')}</UnorderedListItem>
          <UnorderedListItem>{t('freePass.gives.free')}</UnorderedListItem>
          <UnorderedListItem>{t('freePass.gives.belong')}</UnorderedListItem>
        </UnorderedList>
        <Paragraph>
          <RouterLink to="/">{t('freePass.seeOffers')}</RouterLink>
        </Paragraph>
      </section>

      <section>
        <Heading level={2}>{t('freePass.howTitle')}</Heading>
        <OrderedList>
          <OrderedListItem>
            <RouterLink to="/check">{t('freePass.howCheck')}</RouterLink>
          </OrderedListItem>
          <OrderedListItem>
            <RouterLink to="/gratis-pas/aanvragen">{t('freePass.howApply')}</RouterLink>
          </OrderedListItem>
          <OrderedListItem>{t('freePass.howEvidence')}</OrderedListItem>
          <OrderedListItem>{t('freePass.howAnswer')}</OrderedListItem>
        </OrderedList>
      </section>

      <section>
        <Heading level={2}>{t('freePass.evidenceTitle')}</Heading>
        <UnorderedList>
          <UnorderedListItem>{t('freePass.evidence.income')}</UnorderedListItem>
          <UnorderedListItem>{t('freePass.evidence.caring')}</UnorderedListItem>
          <UnorderedListItem>{t('freePass.evidence.benefit')}</UnorderedListItem>
        </UnorderedList>
        <Paragraph>{t('freePass.evidenceFiles')}</Paragraph>
      </section>

      <section>
        <Heading level={2}>{t('freePass.helpTitle')}</Heading>
        <Paragraph>{t('freePass.help')}</Paragraph>
        <Paragraph>
          <RouterLink to="/regelingen">{t('freePass.allSchemes')}</RouterLink>
        </Paragraph>
      </section>
    </div>
  );
}
