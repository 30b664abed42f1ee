import { createContext, forwardRef, useContext, type MouseEvent, type ReactNode } from 'react';
import { Link as UtrechtLink } from '@utrecht/component-library-react';
import { useHref, useLinkClickHandler, useNavigate } from 'react-router';

type NavigateTo = (to: string, options?: { replace?: boolean }) => void;

/**
 * The router's navigate function, asked once for the whole app (AppRouter provides it). A page
 * holds dozens of links; React Router's own link hooks resolve each link's path three times per
 * render, which on a cheap phone is a noticeable part of drawing a list of offers.
 */
export const AppNavigateContext = createContext<NavigateTo | null>(null);

export function ProvideAppNavigate({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  return <AppNavigateContext.Provider value={navigate}>{children}</AppNavigateContext.Provider>;
}

type RouterLinkProps = {
  'to': string;
  'children': ReactNode;
  'className'?: string;
  'aria-current'?: 'page' | undefined;
  'lang'?: string;
};

/** A plain left click, which the app handles; a click with a modifier opens a tab or window as usual. */
const isPlainClick = (event: MouseEvent<HTMLAnchorElement>) =>
  !event.defaultPrevented && event.button === 0 && !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey);

/** An Utrecht Link that navigates inside the app without a page load. */
export const RouterLink = forwardRef<HTMLAnchorElement, RouterLinkProps>(function RouterLink(props, ref) {
  const navigate = useContext(AppNavigateContext);
  // The app's links are absolute paths: the path is the address, nothing to resolve.
  if (!navigate || !props.to.startsWith('/')) return <ResolvedRouterLink {...props} ref={ref} />;
  const { to, children, ...rest } = props;
  return (
    <UtrechtLink
      {...rest}
      ref={ref}
      href={to}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        // The page already shown is replaced, not stacked, as React Router's own links do.
        const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
        navigate(to, { replace: here === to });
      }}
    >
      {children}
    </UtrechtLink>
  );
});

/** A relative path, or outside AppRouter: React Router resolves it. */
const ResolvedRouterLink = forwardRef<HTMLAnchorElement, RouterLinkProps>(function ResolvedRouterLink(
  { to, children, ...rest },
  ref,
) {
  const href = useHref(to);
  const onClick = useLinkClickHandler(to);
  return (
    <UtrechtLink
      {...rest}
      ref={ref}
      href={href}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        if (!event.defaultPrevented) onClick(event);
      }}
    >
      {children}
    </UtrechtLink>
  );
});
