import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

// False in the server HTML and until React has hydrated: buttons whose work needs the
// page's script stay disabled until then, so an early click is never silently lost.
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
