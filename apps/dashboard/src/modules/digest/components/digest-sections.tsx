import { Badge, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyDigestPreviewQuery } from '../../../generated/graphql';

type Section = MyDigestPreviewQuery['digestPreview']['sections'][number];

/** A digest link points at the dashboard's public address: follow it inside the app. */
const inAppPath = (link: string): string | null => {
  try {
    const url = new URL(link, window.location.origin);
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
};

/** The digest's sections as lists: deadlines, appointments, failures, expiring, restricted. */
export const DigestSections = ({ sections }: { sections: Section[] }) => {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      {sections
        .filter((section) => section.items.length > 0)
        .map((section) => (
          <section key={section.kind} aria-label={section.title}>
            <Flex gap={8} align="center" style={{ marginBottom: 6 }}>
              <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
                {t(`digest.sections.${section.kind}`, { defaultValue: section.title })}
              </Typography.Title>
              <Badge count={section.items.length} color="#1d4ed8" />
            </Flex>
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {section.items.map((item, index) => {
                const path = item.link ? inAppPath(item.link) : null;
                return (
                  <li key={`${item.kind}-${index}`} style={{ marginBottom: 4 }}>
                    {path ? (
                      <Link to={path}>{item.title}</Link>
                    ) : (
                      <Typography.Text>{item.title}</Typography.Text>
                    )}
                    {item.detail ? (
                      <Typography.Text type="secondary"> — {item.detail}</Typography.Text>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
    </Flex>
  );
};
