'use client';

import { memo, useMemo } from 'react';
import { SelectField } from '@aws-amplify/ui-react';
import { browserTimeZone } from '@/components/calls/time-zone';
import { useTimeZone } from './use-time-zone';

function zones(): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([browserTimeZone(), 'UTC', ...known])];
}

/** Chooses the zone every time on the dashboard is shown in; this browser's zone unless changed. */
export const TimeZoneSelect = memo(function TimeZoneSelect() {
  const { format, setTimeZone } = useTimeZone();
  const options = useMemo(
    () =>
      zones().map((zone) => (
        <option key={zone} value={zone}>
          {zone === browserTimeZone() ? `${zone} (this device)` : zone}
        </option>
      )),
    [],
  );
  return (
    <SelectField label="Time zone" size="small" value={format.timeZone} onChange={(e) => setTimeZone(e.target.value)}>
      {options}
    </SelectField>
  );
});
