/** What the filter form does when the URL's filters change, and the navigations still awaited after it. */
export interface DraftSync {
  /** True when the change came from outside (back button, a shared link), so the URL's filters replace the draft. */
  adopt: boolean;
  awaited: string[];
}

/**
 * Decides whether a URL change is the form's own navigation landing or a change from outside.
 * `awaited` holds the query strings the form asked for, oldest first, that have not shown up yet;
 * `editing` is true while a typed change waits to be applied. The form's own navigations never
 * overwrite the draft: the user may have typed on while the server answered, and the URL holds a
 * trimmed copy ("+1 800 " arrives as "+1 800"), so taking it would swallow keystrokes.
 */
export function syncDraft(awaited: readonly string[], incoming: string, editing: boolean): DraftSync {
  const landed = awaited.indexOf(incoming);
  // Earlier navigations than the one that landed were superseded and will not arrive.
  if (landed !== -1) return { adopt: false, awaited: awaited.slice(landed + 1) };
  // A change from outside while the user types loses to their edit, which is about to be applied.
  if (editing) return { adopt: false, awaited: [...awaited] };
  return { adopt: true, awaited: [] };
}
