import { refusedError } from "./figjam-errors";
import type { SharedData } from "./figjam-record";

/** The most one entry (namespace, key and value) may hold, as FigJam's documentation says. */
export const SHARED_ENTRY_LIMIT = 100_000;

/** A namespace FigJam takes: at least 3 characters, letters, digits, `_` and `.` only. */
const NAMESPACE = /^[A-Za-z0-9_.]{3,}$/;

/** The value under a namespace and key, or "" when none is stored, as FigJam answers. */
export function sharedValue(data: SharedData, namespace: string, key: string): string {
  return data[namespace]?.[key] ?? "";
}

/** The keys stored under a namespace. */
export function sharedKeys(data: SharedData, namespace: string): string[] {
  return Object.keys(data[namespace] ?? {});
}

/** Throws, as FigJam would, for an entry it does not take; changes nothing. */
export function checkSharedEntry(namespace: string, key: string, value: unknown): void {
  const call = "setSharedPluginData";
  if (!NAMESPACE.test(namespace)) {
    throw refusedError(call, `namespace "${namespace}" must be at least 3 alphanumeric characters`);
  }
  if (typeof value !== "string") throw refusedError(call, "the value must be a string");
  if (namespace.length + key.length + value.length > SHARED_ENTRY_LIMIT) {
    throw refusedError(call, "the entry exceeds the 100 kB limit");
  }
}

/** Stores a value; the empty string removes the key, as in FigJam. */
export function setSharedValue(
  data: SharedData,
  namespace: string,
  key: string,
  value: string,
): void {
  if (value === "") {
    const entries = data[namespace];
    if (!entries) return;
    delete entries[key];
    if (Object.keys(entries).length === 0) delete data[namespace];
    return;
  }
  data[namespace] = { ...data[namespace], [key]: value };
}
