/** Text of the Concentration view (`#/concentration`), English and 简体中文 side by side. */
export const concentrationEn = {
  'nav.concentration': 'Concentration',
  'concentration.lead': 'How much of your revenue depends on a few customers, and what happens if one of them leaves.',
};

export const concentrationZh: Record<keyof typeof concentrationEn, string> = {
  'nav.concentration': '集中度',
  'concentration.lead': '收入有多少依赖少数客户，以及其中一家离开会怎样。',
};
