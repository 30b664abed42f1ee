import { forwardRef, type ReactNode } from 'react';
import { Link as UtrechtLink } from '@utrecht/component-library-react';
import { useHref, useLinkClickHandler } from 'react-router';

/** An Utrecht Link that navigates inside the app without a page load. */
export const RouterLink = forwardRef<
  HTMLAnchorElement,
  { 'to': string; 'children': ReactNode; 'className'?: string; 'aria-current'?: 'page' | undefined; 'lang'?: string }
>(function RouterLink({ to, children, ...rest }, ref) {
  const href = useHref(to);
  const onClick = useLinkClickHandler(to);
  return (
    <UtrechtLink
      {...rest}
      ref={ref}
      href={href}
      onClick={(event) => {
        if (!event.defaultPrevented) onClick(event);
      }}
    >
      {children}
    </UtrechtLink>
  );
});
