import { useTranslation } from 'react-i18next';
import { ImageManager } from '../../../components/ImageManager.tsx';

/** The pictures of one of the provider's offers, or of its public profile. */
export function PictureManager({ purpose, ownerId }: { purpose: 'offer' | 'provider'; ownerId: string }) {
  const { t } = useTranslation('provider');
  return (
    <ImageManager
      purpose={purpose}
      ownerId={ownerId}
      texts={{
        legend: t(purpose === 'offer' ? 'images.offerLegend' : 'images.profileLegend'),
        hint: t('images.hint'),
        file: t('images.file'),
        alt: t('images.alt'),
        upload: t('images.upload'),
        remove: (alt) => t('images.remove', { alt }),
        none: t('images.none'),
        tooLarge: t('images.tooLarge'),
        uploaded: t('images.uploaded'),
      }}
    />
  );
}
