import { Fragment } from 'react';
import { Link } from '@utrecht/component-library-react';
import { RouterLink } from '../../../components/RouterLink.tsx';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/**
 * Plain-text mail with its web addresses made clickable. A link into this app opens in this
 * tab, at this address: the configured public URL may name another host or port in development.
 */
export function MessageBody({ text }: { text: string }) {
  return (
    <div className="sp-mail-body">
      {text.split('\n').map((line, index) => (
        <p key={index} className="utrecht-paragraph">
          {line.split(URL_PATTERN).map((part, i) => {
            if (!/^https?:\/\//.test(part)) return <Fragment key={i}>{part}</Fragment>;
            let url: URL | null;
            try {
              url = new URL(part);
            } catch {
              url = null;
            }
            if (url && url.pathname.startsWith('/inloggen/')) {
              return (
                <RouterLink key={i} to={`${url.pathname}${url.search}`}>
                  {part}
                </RouterLink>
              );
            }
            return (
              <Link key={i} href={part}>
                {part}
              </Link>
            );
          })}
        </p>
      ))}
    </div>
  );
}
