"use client";
// True once React has hydrated the page: buttons that only work with JavaScript stay disabled until
// then, so an early click is not silently lost (the server-rendered button has no handler yet).
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
