import { useState } from 'react';
import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useMyDevices, useRemoveDevice, type Device } from '../api/devices.ts';

/**
 * The devices that show the holder's QR code. Removing one (a lost phone) makes its codes stop
 * working at the till at once, also the codes it would make offline.
 */
export function DevicesSection({
  currentDeviceId,
  onRemovedCurrent,
}: {
  currentDeviceId?: string;
  onRemovedCurrent: () => void;
}) {
  const { t, i18n } = useTranslation('my-pass');
  const devices = useMyDevices();
  const remove = useRemoveDevice();
  const [confirming, setConfirming] = useState<Device | null>(null);

  return (
    <section aria-labelledby="devices-heading">
      <Heading level={2} id="devices-heading">
        {t('devices.title')}
      </Heading>
      <Paragraph>{t('devices.intro')}</Paragraph>
      {devices.isPending && <Loading />}
      {devices.isError && <ErrorMessage error={devices.error} />}
      {devices.data && devices.data.items.length === 0 && <Paragraph>{t('devices.none')}</Paragraph>}
      {devices.data && devices.data.items.length > 0 && (
        <TableScroll label={t('devices.title')}>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('devices.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('devices.added')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('devices.action')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {devices.data.items.map((device) => (
                <TableRow key={device.id}>
                  <TableCell>
                    {device.label}
                    {device.id === currentDeviceId && ` (${t('devices.thisDevice')})`}
                  </TableCell>
                  <TableCell>{formatDate(device.createdAt.slice(0, 10), i18n.language)}</TableCell>
                  <TableCell>
                    <Button appearance="secondary-action-button" onClick={() => setConfirming(device)}>
                      {t('devices.remove', { name: device.label })}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      {confirming && (
        <div className="utrecht-alert utrecht-alert--warning" role="group" aria-labelledby="confirm-device-heading">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              <Heading level={3} id="confirm-device-heading">
                {t('devices.confirmTitle', { name: confirming.label })}
              </Heading>
              <Paragraph>{t('devices.confirmText')}</Paragraph>
              <div className="sp-button-row">
                <Button
                  appearance="primary-action-button"
                  busy={remove.isPending}
                  disabled={remove.isPending}
                  onClick={() =>
                    remove.mutate(confirming.id, {
                      onSuccess: () => {
                        if (confirming.id === currentDeviceId) onRemovedCurrent();
                        setConfirming(null);
                      },
                    })
                  }
                >
                  {t('devices.confirmYes')}
                </Button>
                <Button
                  appearance="secondary-action-button"
                  disabled={remove.isPending}
                  onClick={() => setConfirming(null)}
                >
                  {t('devices.confirmNo')}
                </Button>
              </div>
              {remove.isError && <ErrorMessage error={remove.error} />}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
