import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

interface Conditions {
  maxIncomePercent?: number;
  caring?: boolean;
  minAge?: number;
  maxAge?: number;
  childAgeFrom?: number;
  childAgeTo?: number;
  households?: string[];
  lifeEvents?: string[];
}

/** The check's rules as typed in the JSON field, read back in words, so staff see what they wrote. */
export function RulesSummary({ json }: { json: string }) {
  const { t } = useTranslation('schemes-admin');
  let sets: Conditions[] | null = null;
  try {
    const parsed = JSON.parse(json || '{"anyOf":[]}') as { anyOf?: unknown };
    if (Array.isArray(parsed.anyOf)) sets = parsed.anyOf as Conditions[];
  } catch {
    sets = null;
  }
  if (sets === null) return null;
  if (sets.length === 0) return <Paragraph>{t('rules.never')}</Paragraph>;
  const describe = (c: Conditions) => {
    const parts: string[] = [];
    if (c.maxIncomePercent !== undefined) parts.push(t('rules.income', { percent: c.maxIncomePercent }));
    if (c.caring) parts.push(t('rules.caring'));
    if (c.minAge !== undefined) parts.push(t('rules.minAge', { age: c.minAge }));
    if (c.maxAge !== undefined) parts.push(t('rules.maxAge', { age: c.maxAge }));
    if (c.childAgeFrom !== undefined || c.childAgeTo !== undefined)
      parts.push(t('rules.child', { from: c.childAgeFrom ?? 0, to: c.childAgeTo ?? 25 }));
    if (c.households?.length) parts.push(t('rules.households', { list: c.households.join(', ') }));
    if (c.lifeEvents?.length)
      parts.push(t('rules.lifeEvents', { list: c.lifeEvents.map((e) => t(`lifeEvent.${e}`)).join(', ') }));
    return parts.length ? parts.join(t('rules.and')) : t('rules.everyone');
  };
  return (
    <>
      <Paragraph>{t('rules.intro')}</Paragraph>
      <UnorderedList>
        {sets.map((c, i) => (
          <UnorderedListItem key={i}>{describe(c)}</UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}
