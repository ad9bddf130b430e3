import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { canWritePortfolio } from '@veridesk/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SellerEntityFilter } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { PageHeader } from '../../app-frame/components/page-header';
import { useViewer } from '../../auth/hooks/use-viewer';
import { useEntitiesList } from '../hooks/use-entities-list';
import { ALL_MANAGERS, useEntityFilters } from '../hooks/use-entity-filters';
import { useMyMemberId } from '../hooks/use-my-member-id';
import { EntitiesFilters } from './entities-filters';
import { EntitiesTable } from './entities-table';
import { EntityFormModal } from './entity-form-modal';

/** /entities: the portfolio, filtered in the URL, 50 a page. */
export const EntitiesListView = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const viewer = useViewer();
  const { myMemberId, members, loading: membersLoading } = useMyMemberId();
  const { filters, after, pageNumber, setFilter, clearFilters, goToNextPage, goToPreviousPage } =
    useEntityFilters();
  const [creating, setCreating] = useState(false);

  // A MANAGER sees her own portfolio unless she picks "all" (or someone else).
  const defaultsToMine = viewer.role === 'MANAGER';
  const managerValue =
    filters.manager ?? (defaultsToMine && myMemberId ? myMemberId : ALL_MANAGERS);
  const waitingForMember = defaultsToMine && filters.manager === null && membersLoading;

  const filter = useMemo<SellerEntityFilter>(
    () => ({
      ...(filters.search ? { search: filters.search } : {}),
      ...(filters.site ? { site: filters.site } : {}),
      ...(managerValue !== ALL_MANAGERS ? { managerId: managerValue } : {}),
      ...(filters.verificationStatus ? { verificationStatus: filters.verificationStatus } : {}),
      ...(filters.affectedWithinDays ? { affectedWithinDays: filters.affectedWithinDays } : {}),
      ...(filters.includeArchived ? { includeArchived: true } : {}),
    }),
    [filters, managerValue],
  );
  const { entities, totalCount, endCursor, loading, error } = useEntitiesList({
    filter,
    after,
    skip: waitingForMember,
  });
  const filtered = Object.keys(filter).length > 0;

  return (
    <>
      <PageHeader
        title={t('nav.entities')}
        description={t('entities.description')}
        actions={
          canWritePortfolio(viewer.role) ? (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setCreating(true)}
            >
              {t('entities.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <EntitiesFilters
          filters={filters}
          managerValue={managerValue}
          members={members}
          onChange={setFilter}
          onClear={clearFilters}
        />
        {error ? (
          <Alert
            type="error"
            showIcon
            title={describeApiError(t, readApiError(error))}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <EntitiesTable entities={entities} loading={loading} filtered={filtered} />
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 16 }}>
          <Typography.Text type="secondary" data-testid="entities-total">
            {t('entities.total', { count: totalCount, page: pageNumber })}
          </Typography.Text>
          <Flex gap={8}>
            <Button
              icon={<LeftOutlined aria-hidden />}
              disabled={!after}
              onClick={goToPreviousPage}
            >
              {t('entities.previousPage')}
            </Button>
            <Button disabled={!endCursor} onClick={() => endCursor && goToNextPage(endCursor)}>
              {t('entities.nextPage')} <RightOutlined aria-hidden />
            </Button>
          </Flex>
        </Flex>
      </Card>
      {creating ? (
        <EntityFormModal
          open
          members={members}
          defaultManagerId={viewer.role === 'MANAGER' ? myMemberId : null}
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            void navigate(`/entities/${id}`);
          }}
        />
      ) : null}
    </>
  );
};
