/**
 * The device's keys, kept in this browser (localStorage), so the page can show the QR codes
 * without a connection. Removing the device (on this page, or from another one) makes its keys
 * stop working at the till; this browser then forgets them the next time it is online.
 */
export interface StoredKey {
  passNumber: string;
  holderName: string;
  own: boolean;
  active: boolean;
  keyId: string;
  secret: string;
}

export interface StoredDevice {
  deviceId: string;
  label: string;
  keys: StoredKey[];
}

const STORAGE_KEY = 'stadspas.qrDevice';

export function loadDevice(): StoredDevice | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    if (!value) return null;
    const parsed = JSON.parse(value) as StoredDevice;
    return typeof parsed.deviceId === 'string' && Array.isArray(parsed.keys) ? parsed : null;
  } catch {
    return null;
  }
}

export function saveDevice(device: StoredDevice): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(device));
  } catch {
    // Private mode or a full storage: the codes still show while the page is open.
  }
}

export function forgetDevice(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored.
  }
}

/** A name for this device the resident recognises in the list, e.g. "Chrome op Android". */
export function guessDeviceLabel(on: string): string {
  const agent = navigator.userAgent;
  const browser = /Edg\//.test(agent)
    ? 'Edge'
    : /Firefox\//.test(agent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(agent)
        ? 'Chrome'
        : /Safari\//.test(agent)
          ? 'Safari'
          : 'Browser';
  const system = /Android/.test(agent)
    ? 'Android'
    : /iPhone|iPad/.test(agent)
      ? 'iOS'
      : /Windows/.test(agent)
        ? 'Windows'
        : /Mac OS/.test(agent)
          ? 'macOS'
          : /Linux/.test(agent)
            ? 'Linux'
            : '';
  return [browser, system && on, system].filter(Boolean).join(' ');
}
