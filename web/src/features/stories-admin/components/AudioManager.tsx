import { useId, useState, type FormEvent } from 'react';
import { Button, Fieldset, FieldsetLegend, FormField, FormLabel, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api/client.ts';
import {
  AUDIO_ACCEPT,
  MAX_AUDIO_BYTES,
  useDeleteAudio,
  useUploadAudio,
  type AdminStory,
} from '../api/stories-admin.ts';

/** A podcast episode's recording: upload an MP3 or M4A (a new one replaces the old), listen, remove. */
export function AudioManager({ story }: { story: AdminStory }) {
  const { t } = useTranslation('stories-admin');
  const id = useId();
  const upload = useUploadAudio(story.id);
  const remove = useDeleteAudio();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const audio = story.audio;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    if (!file) return;
    if (file.size > MAX_AUDIO_BYTES) {
      setError(t('audio.tooLarge'));
      return;
    }
    upload.mutate(file, {
      onSuccess: () => {
        setError(null);
        setFile(null);
        setStatus(t('audio.uploaded'));
      },
      onError: (e) =>
        setError(e instanceof ApiError ? [e.title, ...e.invalidParams.map((p) => p.reason)].join(': ') : String(e)),
    });
  };

  return (
    <form onSubmit={submit} className="sp-form" aria-labelledby={`${id}-legend`}>
      <Fieldset>
        <FieldsetLegend id={`${id}-legend`}>{t('audio.legend')}</FieldsetLegend>
        <p className="utrecht-form-field-description">{t('audio.hint')}</p>
        {audio ? (
          <>
            <audio controls preload="metadata" src={audio.url} aria-label={t('audio.player')} />
            <Paragraph>
              {t('audio.current', {
                minutes: Math.floor(audio.durationSeconds / 60),
                seconds: audio.durationSeconds % 60,
                megabytes: (audio.byteLength / 1024 / 1024).toFixed(1),
              })}
            </Paragraph>
            <Button
              appearance="secondary-action-button"
              onClick={() => remove.mutate(audio.id)}
              disabled={remove.isPending}
            >
              {t('audio.remove')}
            </Button>
          </>
        ) : (
          <Paragraph>{t('audio.none')}</Paragraph>
        )}
        {error && (
          <p className="utrecht-form-field-error-message" role="alert">
            {error}
          </p>
        )}
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={`${id}-file`}>{t('audio.file')}</FormLabel>
          </div>
          <input
            id={`${id}-file`}
            type="file"
            accept={AUDIO_ACCEPT}
            className="utrecht-textbox"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </FormField>
        <Button type="submit" appearance="secondary-action-button" disabled={!file || upload.isPending}>
          {t('audio.upload')}
        </Button>
        <p role="status" className="sp-visually-hidden-status">
          {status}
        </p>
      </Fieldset>
    </form>
  );
}
