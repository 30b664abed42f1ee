import { Heading } from '@utrecht/component-library-react';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useEvents, type EventFilters } from '../api/agenda.ts';
import { EventList } from './EventList.tsx';

/**
 * A page's section of events (a route's, a wijk's): its heading and the events of `filters`. The
 * section asks for them itself, so their answer redraws the section, not the page around it.
 */
export function EventsSection({ id, heading, filters }: { id: string; heading: string; filters: EventFilters }) {
  const events = useEvents(filters);
  return (
    <section aria-labelledby={id}>
      <Heading level={2} id={id}>
        {heading}
      </Heading>
      {events.isPending && <Loading />}
      {events.isError && <ErrorMessage error={events.error} />}
      {events.data && <EventList events={events.data.items} headingLevel={3} />}
    </section>
  );
}
