'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button, SelectField, TextField } from '@aws-amplify/ui-react';
import { TimeZoneSelect } from '@/components/time/time-zone-select';
import { CALL_OUTCOMES, filtersToSearch, type CallFilters } from './call-filters';
import { OUTCOMES } from './outcomes';
import { syncDraft } from './draft-sync';

const EMPTY: CallFilters = { caller: '', word: '', outcome: '', from: '', to: '' };
const TYPING_PAUSE_MS = 350;

/**
 * The filter controls; every change lands in the URL (via `onApply`) so a view can be shared. On a
 * phone they fold behind one button, so the calls come first on the screen.
 */
export function FilterForm({ filters, onApply }: { filters: CallFilters; onApply: (filters: CallFilters) => void }) {
  const [draft, setDraft] = useState(filters);
  const [open, setOpen] = useState(false);
  const formId = useId();
  const active = Object.values(filters).filter((value) => value.trim() !== '').length;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The query strings this form asked for that the URL has not shown yet, and the one it shows now.
  const awaited = useRef<string[]>([]);
  const shown = useRef(filtersToSearch(filters));

  useEffect(() => {
    const incoming = filtersToSearch(filters);
    shown.current = incoming;
    const sync = syncDraft(awaited.current, incoming, timer.current !== null);
    awaited.current = sync.awaited;
    if (sync.adopt) setDraft(filters);
  }, [filters]);
  useEffect(() => () => {
    if (timer.current !== null) clearTimeout(timer.current);
  }, []);

  const apply = (next: CallFilters, delay: number) => {
    setDraft(next);
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      const search = filtersToSearch(next);
      // Asking for the URL already shown changes nothing, so there is nothing to wait for.
      if (search !== shown.current) awaited.current = [...awaited.current, search];
      onApply(next);
    }, delay);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft, 0);
  };

  return (
    <div className={open ? 'filters-panel filters-panel--open' : 'filters-panel'}>
      <Button
        className="filters-panel__toggle"
        size="small"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen((shown) => !shown)}
      >
        {open ? 'Hide filters' : active === 0 ? 'Filters' : `Filters (${active} set)`}
      </Button>
      <form id={formId} className="panel filters" role="search" aria-label="Filter calls" onSubmit={submit}>
        <TextField
          label="Caller number"
          placeholder="e.g. 356 9377"
          inputMode="tel"
          value={draft.caller}
          onChange={(e) => apply({ ...draft, caller: e.target.value }, TYPING_PAUSE_MS)}
        />
        <TextField
          label="Word in vanity numbers"
          placeholder="e.g. flowers"
          value={draft.word}
          onChange={(e) => apply({ ...draft, word: e.target.value }, TYPING_PAUSE_MS)}
        />
        <SelectField
          label="Outcome"
          value={draft.outcome}
          onChange={(e) => {
            const outcome = CALL_OUTCOMES.find((o) => o === e.target.value) ?? '';
            apply({ ...draft, outcome }, 0);
          }}
        >
          <option value="">All outcomes</option>
          {CALL_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {OUTCOMES[outcome].label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="From"
          type="date"
          value={draft.from}
          max={draft.to || undefined}
          onChange={(e) => apply({ ...draft, from: e.target.value }, 0)}
        />
        <TextField
          label="To"
          type="date"
          value={draft.to}
          min={draft.from || undefined}
          onChange={(e) => apply({ ...draft, to: e.target.value }, 0)}
        />
        <TimeZoneSelect />
        <div className="filters__actions">
          <Button type="submit" variation="primary" size="small">
            Apply
          </Button>
          <Button type="button" size="small" onClick={() => apply(EMPTY, 0)}>
            Clear
          </Button>
        </div>
      </form>
    </div>
  );
}
