import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityRepresentativeFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { useRevealIdNumber } from '../hooks/use-reveal-id-number';

const MONOSPACE = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';
// A revealed number hides itself again after a minute: it is personal information (PIPL).
const REVEAL_MS = 60_000;

type IdNumberCellProps = { representative: EntityRepresentativeFieldsFragment; canReveal: boolean };

/** The masked ID number; OWNER and ADMIN may reveal it, after a confirmation that it is logged. */
export const IdNumberCell = ({ representative, canReveal }: IdNumberCellProps) => {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const { revealIdNumber } = useRevealIdNumber();
  const [revealed, setRevealed] = useState<string | null>(null);

  useEffect(() => {
    if (!revealed) return;
    const timer = window.setTimeout(() => setRevealed(null), REVEAL_MS);
    return () => window.clearTimeout(timer);
  }, [revealed]);

  const confirmReveal = () => {
    modal.confirm({
      title: t('representatives.reveal.title', { name: representative.fullName }),
      content: t('representatives.reveal.logged'),
      okText: t('representatives.reveal.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          setRevealed(await revealIdNumber(representative.id));
        } catch (error) {
          void message.error(describeApiError(t, readApiError(error)));
        }
      },
    });
  };

  return (
    <Flex gap={4} align="center">
      <Typography.Text
        style={{ fontFamily: MONOSPACE, whiteSpace: 'nowrap' }}
        data-testid="id-number"
        copyable={revealed ? { text: revealed } : false}
      >
        {revealed ?? representative.idNumberMasked}
      </Typography.Text>
      {canReveal ? (
        revealed ? (
          <Button
            type="text"
            size="small"
            icon={<EyeInvisibleOutlined aria-hidden />}
            aria-label={t('representatives.reveal.hideOf', { name: representative.fullName })}
            title={t('representatives.reveal.hide')}
            onClick={() => setRevealed(null)}
          />
        ) : (
          <Button
            type="text"
            size="small"
            icon={<EyeOutlined aria-hidden />}
            aria-label={t('representatives.reveal.showOf', { name: representative.fullName })}
            title={t('representatives.reveal.show')}
            onClick={confirmReveal}
          />
        )
      ) : null}
    </Flex>
  );
};
