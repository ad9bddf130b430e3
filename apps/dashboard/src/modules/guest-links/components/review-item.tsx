import { App, Button, Card, Col, Descriptions, Flex, Input, Row, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentRequestFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { useFormatDateTime } from '../../i18n/hooks/use-format-date-time';
import { useReviewDocumentRequest } from '../hooks/use-guest-links';
import { ScanView } from './scan-view';

type ReviewItemProps = { request: DocumentRequestFieldsFragment; canReview: boolean };

/** One submission: its scans beside the number and dates the seller typed; accept or send back. */
export const ReviewItem = ({ request, canReview }: ReviewItemProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormatDateTime();
  const noteId = useId();
  const { reviewDocumentRequest, loading } = useReviewDocumentRequest();
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const typeName = t(`documentsTimeline.types.${request.type}`);
  const none = <Typography.Text type="secondary">{t('guestLinks.review.none')}</Typography.Text>;

  const review = async (accept: boolean) => {
    try {
      await reviewDocumentRequest(request.id, accept, accept ? null : note.trim() || null);
      void message.success(
        accept ? t('guestLinks.review.accepted') : t('guestLinks.review.rejected'),
      );
    } catch (error) {
      void message.error(describeApiError(t, readApiError(error)));
    }
  };

  return (
    <Card data-testid="review-item">
      {/* A header that wraps, so the entity's name stays whole on a narrow screen. */}
      <Flex gap={8} wrap align="baseline" style={{ marginBottom: 12 }}>
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          <Link to={`/entities/${request.sellerEntity.id}?tab=documents`}>
            {request.sellerEntity.legalName}
          </Link>
        </Typography.Title>
        <Typography.Text strong>{typeName}</Typography.Text>
        {request.representative ? (
          <Typography.Text type="secondary">{request.representative.fullName}</Typography.Text>
        ) : null}
        {request.submittedAt ? (
          <Typography.Text type="secondary">
            {t('guestLinks.review.submittedAt', { at: format(request.submittedAt) })}
          </Typography.Text>
        ) : null}
      </Flex>
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={14}>
          <Typography.Text strong>
            {t('guestLinks.review.files', { count: request.submittedFiles.length })}
          </Typography.Text>
          <Flex vertical gap={12} style={{ marginTop: 8 }}>
            {request.submittedFiles.map((file, index) => (
              <ScanView
                key={file.id}
                file={file}
                label={t('guestLinks.review.page', { index: index + 1 })}
              />
            ))}
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Descriptions
            column={1}
            size="small"
            bordered
            data-testid="review-fields"
            styles={{ label: { whiteSpace: 'nowrap' } }}
          >
            <Descriptions.Item label={t('guestLinks.review.number')}>
              {request.submittedNumber ?? none}
            </Descriptions.Item>
            <Descriptions.Item label={t('guestLinks.review.issuedOn')}>
              {request.submittedIssuedOn ?? none}
            </Descriptions.Item>
            <Descriptions.Item label={t('guestLinks.review.expiresOn')}>
              {request.submittedLongTerm
                ? t('guestLinks.review.longTerm')
                : (request.submittedExpiresOn ?? none)}
            </Descriptions.Item>
            {request.message ? (
              <Descriptions.Item label={t('guestLinks.review.message')}>
                {request.message}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          {canReview ? (
            <Flex vertical gap={8} style={{ marginTop: 16 }}>
              {rejecting ? (
                <>
                  <label htmlFor={noteId}>
                    <Typography.Text strong>{t('guestLinks.review.rejectNote')}</Typography.Text>
                  </label>
                  <Input.TextArea
                    id={noteId}
                    rows={3}
                    maxLength={500}
                    value={note}
                    placeholder={t('guestLinks.review.rejectNotePlaceholder')}
                    onChange={(event) => setNote(event.target.value)}
                  />
                  <Flex gap={8}>
                    <Button danger loading={loading} onClick={() => void review(false)}>
                      {t('guestLinks.review.confirmReject')}
                    </Button>
                    <Button onClick={() => setRejecting(false)}>{t('common.cancel')}</Button>
                  </Flex>
                </>
              ) : (
                <Flex gap={8} wrap>
                  <Button type="primary" loading={loading} onClick={() => void review(true)}>
                    {t('guestLinks.review.accept')}
                  </Button>
                  <Button danger onClick={() => setRejecting(true)}>
                    {t('guestLinks.review.reject')}
                  </Button>
                </Flex>
              )}
            </Flex>
          ) : null}
        </Col>
      </Row>
    </Card>
  );
};
