import { useId, useState, type FormEvent } from 'react';
import { Button, Fieldset, FieldsetLegend, FormField, FormLabel, Textbox } from '@utrecht/component-library-react';
import { ApiError } from '../lib/api/client.ts';
import {
  IMAGE_ACCEPT,
  MAX_IMAGE_BYTES,
  useDeleteImage,
  useImages,
  useUploadImage,
  type ImagePurpose,
} from '../lib/images.ts';
import { ResponsiveImage } from './ResponsiveImage.tsx';

/** The texts of the picture manager, from the feature that shows it (staff pages: nl and en). */
export interface ImageManagerTexts {
  legend: string;
  hint: string;
  file: string;
  alt: string;
  upload: string;
  remove: (alt: string) => string;
  none: string;
  tooLarge: string;
  uploaded: string;
}

/** Upload and remove the pictures of an offer, a provider or a route (staff). */
export function ImageManager({
  purpose,
  ownerId,
  texts,
}: {
  purpose: ImagePurpose;
  ownerId: string;
  texts: ImageManagerTexts;
}) {
  const id = useId();
  const images = useImages(purpose, ownerId);
  const upload = useUploadImage(purpose, ownerId);
  const remove = useDeleteImage(purpose, ownerId);
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    if (!file) return;
    if (file.size > MAX_IMAGE_BYTES) {
      setError(texts.tooLarge);
      return;
    }
    upload.mutate(
      { file, alt },
      {
        onSuccess: () => {
          setError(null);
          setAlt('');
          setFile(null);
          setStatus(texts.uploaded);
        },
        onError: (e) =>
          setError(e instanceof ApiError ? [e.title, ...e.invalidParams.map((p) => p.reason)].join(': ') : String(e)),
      },
    );
  };

  return (
    <form onSubmit={submit} className="sp-form sp-image-manager" aria-labelledby={`${id}-legend`}>
      <Fieldset>
        <FieldsetLegend id={`${id}-legend`}>{texts.legend}</FieldsetLegend>
        <p className="utrecht-form-field-description">{texts.hint}</p>
        {images.data && images.data.items.length === 0 && <p>{texts.none}</p>}
        <ul className="sp-image-gallery">
          {images.data?.items.map((image) => (
            <li key={image.id}>
              <ResponsiveImage image={image} sizes="12rem" />
              <Button
                appearance="secondary-action-button"
                onClick={() => remove.mutate(image.id)}
                disabled={remove.isPending}
              >
                {texts.remove(image.alt)}
              </Button>
            </li>
          ))}
        </ul>
        {error && (
          <p className="utrecht-form-field-error-message" role="alert">
            {error}
          </p>
        )}
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={`${id}-file`}>{texts.file}</FormLabel>
          </div>
          <input
            id={`${id}-file`}
            type="file"
            accept={IMAGE_ACCEPT}
            className="utrecht-textbox"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </FormField>
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={`${id}-alt`}>{texts.alt}</FormLabel>
          </div>
          <Textbox id={`${id}-alt`} value={alt} maxLength={200} onChange={(e) => setAlt(e.target.value)} />
        </FormField>
        <Button type="submit" appearance="secondary-action-button" disabled={!file || upload.isPending}>
          {texts.upload}
        </Button>
        <p role="status" className="sp-visually-hidden-status">
          {status}
        </p>
      </Fieldset>
    </form>
  );
}
