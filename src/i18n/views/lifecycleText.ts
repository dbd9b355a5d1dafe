/** Text of the Lifecycle view (`#/lifecycle`), English and 简体中文 side by side. */
export const lifecycleEn = {
  'nav.lifecycle': 'Lifecycle',
  'lifecycle.lead': 'Where each customer is in its lifecycle: new, active, at risk, dormant or lost.',
};

export const lifecycleZh: Record<keyof typeof lifecycleEn, string> = {
  'nav.lifecycle': '生命周期',
  'lifecycle.lead': '每位客户处在生命周期的哪个阶段：新客户、活跃、有风险、沉睡或流失。',
};
