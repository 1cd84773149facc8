import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * After a navigation, once the page is `ready`, moves the keyboard focus to the page's heading
 * (Layouts.Header's h1) so screen-reader and keyboard users start on the new page.
 */
export const useFocusHeading = (ready: boolean) => {
  const { key } = useLocation();
  useEffect(() => {
    if (!ready) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
  }, [ready, key]);
};
