/** Text of the Risk view (`#/risk`), English and 简体中文 side by side. */
export const riskEn = {
  'nav.risk': 'Risk',
  'risk.lead': 'Who is at risk of leaving, how much revenue that puts at stake, and whom to call this week.',
};

export const riskZh: Record<keyof typeof riskEn, string> = {
  'nav.risk': '风险',
  'risk.lead': '谁有流失风险，涉及多少收入，以及本周应该联系谁。',
};
