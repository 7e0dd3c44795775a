// The view in the address: each control's value is a query parameter (?year=2022&sort=score&dir=desc),
// a default value is left out, so a copied link reproduces the view and Back/Forward step through it.
export type State = Record<string, string>;

export function readState(): State {
  return Object.fromEntries(new URLSearchParams(location.search));
}

/** Sets the query to `state` minus empty values; `push` adds a history entry (a choice), else replaces it (typing). */
export function writeState(state: State, push: boolean): void {
  const params = new URLSearchParams(Object.entries(state).filter(([, v]) => v !== ''));
  const query = params.toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
  if (url === `${location.pathname}${location.search}${location.hash}`) return;
  history[push ? 'pushState' : 'replaceState'](null, '', url);
}

/** Calls `apply` with the address's state now and after every Back/Forward. */
export function followState(apply: (state: State) => void): void {
  addEventListener('popstate', () => apply(readState()));
  apply(readState());
}
