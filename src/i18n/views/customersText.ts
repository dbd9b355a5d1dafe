/** Text of the Customers view (`#/customers`), English and 简体中文 side by side. */
export const customersEn = {
  'nav.customers': 'Customers',
  'customers.lead': 'Every customer with its revenue, tier, stage and history.',
};

export const customersZh: Record<keyof typeof customersEn, string> = {
  'nav.customers': '客户列表',
  'customers.lead': '所有客户及其收入、层级、阶段和历史。',
};
