import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseEuros } from '../../../lib/euros.ts';

/** State of an amount field in euros: its text, its error, and a check that gives cents or null. */
export function useEuroField(initial = '', options: { optional?: boolean } = {}) {
  const { t } = useTranslation('credit-admin');
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  /** Cents, `undefined` for an empty optional field, or `null` (and an error shown) when it is wrong. */
  const check = (): number | undefined | null => {
    if (options.optional && text.trim() === '') {
      setError(null);
      return undefined;
    }
    const parsed = parseEuros(text);
    if (parsed.ok) {
      setError(null);
      return parsed.cents;
    }
    setError(t(`creditAdmin.amountProblem.${parsed.problem}`));
    return null;
  };
  return { text, setText, error, setError, check };
}
