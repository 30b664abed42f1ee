import type { Image } from '../lib/images.ts';

/**
 * A picture in the widths the server made of it: the browser picks the smallest that fills its
 * place, loads it only when it comes into view, and keeps its space while it loads.
 */
export function ResponsiveImage({
  image,
  sizes = '(min-width: 48em) 40rem, 100vw',
  className,
}: {
  image: Image;
  sizes?: string;
  className?: string;
}) {
  return (
    <img
      src={image.src}
      srcSet={image.srcset}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading="lazy"
      decoding="async"
      className={['sp-responsive-image', className].filter(Boolean).join(' ')}
    />
  );
}

/** The pictures of something, each lazy and responsive; nothing when there are none. */
export function ImageGallery({ images, label }: { images: Image[] | undefined; label: string }) {
  if (!images || images.length === 0) return null;
  return (
    <ul className="sp-image-gallery" aria-label={label}>
      {images.map((image) => (
        <li key={image.id}>
          <ResponsiveImage image={image} />
        </li>
      ))}
    </ul>
  );
}
