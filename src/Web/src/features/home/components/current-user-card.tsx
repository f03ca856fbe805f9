import { Card, Descriptions, Space, Tag } from 'antd';
import { useCurrentUser, type CurrentUser } from '@/lib/auth';
import { useT, type TFunction } from '@/lib/i18n';
import { streetName, useStreets } from '@/lib/reference';
import { roleLabel } from '@/lib/roles';
import { homeMessages } from '../locales';

type HomeT = TFunction<keyof (typeof homeMessages)['zh-CN']>;

function scopeText(user: CurrentUser, t: HomeT, street: string | undefined): string {
  const parts = [
    user.streetCode && t('home.scope.street', { name: street ?? user.streetCode }),
    user.institutionId && t('home.scope.institution', { id: user.institutionId }),
  ].filter(Boolean);
  return parts.length ? parts.join('；') : t('home.scope.district');
}

export function CurrentUserCard() {
  const user = useCurrentUser();
  const t = useT(homeMessages);
  const streets = useStreets(Boolean(user.streetCode));
  const street = user.streetCode ? streetName(streets.data, user.streetCode) : undefined;

  return (
    <Card title={t('home.user.title')} data-testid="current-user-card">
      <Descriptions
        column={1}
        items={[
          { key: 'displayName', label: t('home.user.displayName'), children: user.displayName },
          { key: 'userName', label: t('home.user.userName'), children: user.userName },
          {
            key: 'roles',
            label: t('home.user.roles'),
            children: (
              <Space wrap size={[0, 4]}>
                {user.roles.map((role) => (
                  <Tag key={role} color="blue">
                    {roleLabel(t, role)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { key: 'scope', label: t('home.user.scope'), children: scopeText(user, t, street) },
        ]}
      />
    </Card>
  );
}
