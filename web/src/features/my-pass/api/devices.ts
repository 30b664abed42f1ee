import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, ok, type ApiItem, type ApiJson } from '../../../lib/api/client.ts';
import { forgetDevice, loadDevice, saveDevice, type StoredDevice } from '../qr/device-store.ts';

export type Device = ApiItem<'listMyDevices'>;
type DeviceWithKeys = ApiJson<'addMyDevice'>;

const toStored = (answer: DeviceWithKeys): StoredDevice => ({
  deviceId: answer.device.id,
  label: answer.device.label,
  keys: answer.keys,
});

export function useMyDevices() {
  return useQuery({
    queryKey: ['me', 'devices'],
    queryFn: ({ signal }) => ok(api.GET('/me/pass/devices', { signal })),
  });
}

export function useRemoveDevice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deviceId: string) =>
      ok(api.DELETE('/me/pass/devices/{deviceId}', { params: { path: { deviceId } } })).then(() => {
        if (loadDevice()?.deviceId === deviceId) forgetDevice();
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['me', 'devices'] }),
  });
}

/** What this device knows: its keys (also offline), or that it was removed and must be added again. */
export type DeviceState =
  | { kind: 'loading' }
  | { kind: 'ready'; device: StoredDevice; offline: boolean }
  | { kind: 'removed' }
  | { kind: 'failed'; error: unknown };

/**
 * The keys of this device. Stored keys are shown at once (offline too); when online they are
 * refreshed (a new child pass or a replacement pass gets a key). A device without keys is
 * added on first visit, with a label guessed from the browser; one that was removed is not
 * added again without the resident asking.
 */
export function useDeviceKeys(label: string) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<DeviceState>(() => {
    const stored = loadDevice();
    return stored ? { kind: 'ready', device: stored, offline: true } : { kind: 'loading' };
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const stored = loadDevice();
    const request = stored
      ? ok(api.POST('/me/pass/devices/{deviceId}/keys', { params: { path: { deviceId: stored.deviceId } } }))
      : ok(api.POST('/me/pass/devices', { body: { label } }));
    request.then(
      (answer) => {
        const device = toStored(answer);
        saveDevice(device);
        if (!cancelled) setState({ kind: 'ready', device, offline: false });
        void queryClient.invalidateQueries({ queryKey: ['me', 'devices'] });
      },
      (error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.code === 'device-not-found') {
          forgetDevice();
          setState({ kind: 'removed' });
        } else if (stored) setState({ kind: 'ready', device: stored, offline: true });
        else setState({ kind: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [attempt, label, queryClient]);

  return {
    state,
    /** Adds this device (again), on the resident's request. */
    addAgain: () => {
      forgetDevice();
      setState({ kind: 'loading' });
      setAttempt((n) => n + 1);
    },
    /** Asks for this device's keys again (a new pass number after a replacement). */
    refresh: () => setAttempt((n) => n + 1),
    /** This device was removed on this page: its keys are gone. */
    markRemoved: () => setState({ kind: 'removed' }),
  };
}
