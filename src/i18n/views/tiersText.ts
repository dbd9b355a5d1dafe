/** Text of the Tiers view (`#/tiers`), English and 简体中文 side by side. */
export const tiersEn = {
  'nav.tiers': 'Tiers',
  'tiers.lead': 'Which customers form the A, B and C tiers, and who moved up or fell since the previous period.',
};

export const tiersZh: Record<keyof typeof tiersEn, string> = {
  'nav.tiers': '客户分层',
  'tiers.lead': '哪些客户属于 A、B、C 层，以及与上一期相比谁升级、谁降级。',
};
