import { defineMessages } from '@/lib/i18n';

export const registryReferenceMessages = defineMessages(
  {
    'registry.titleLevel.Region': '自治区级',
    'registry.titleLevel.City': '市级',
    'registry.titleLevel.District': '区级',
  },
  {
    'registry.titleLevel.Region': 'Autonomous region',
    'registry.titleLevel.City': 'City',
    'registry.titleLevel.District': 'District',
  },
);

export type RegistryReferenceKey = keyof (typeof registryReferenceMessages)['zh-CN'];
