import { Col, Row } from 'antd';
import type { ReactNode } from 'react';
import { PageContainer } from '@/components/page-container';
import { useCurrentUser } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { homeMessages } from '../locales';
import { CurrentUserCard } from './current-user-card';
import { HealthCard } from './health-card';

/** `/`: the dashboard (首页看板, composed in by the app) for the signed-in user's scope, then who is signed in and the system's health. */
export function HomePage({ dashboard }: { dashboard?: ReactNode }) {
  const user = useCurrentUser();
  const t = useT(homeMessages);
  return (
    <PageContainer title={t('home.welcome', { name: user.displayName })}>
      {dashboard}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <CurrentUserCard />
        </Col>
        <Col xs={24} lg={12}>
          <HealthCard />
        </Col>
      </Row>
    </PageContainer>
  );
}
