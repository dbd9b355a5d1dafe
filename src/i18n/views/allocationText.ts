/** Text of the Allocation view (`#/allocation`), English and 简体中文 side by side. */
export const allocationEn = {
  'nav.allocation': 'Allocation',
  'allocation.lead': 'How customers and revenue are spread over your reps, and how to balance them.',
};

export const allocationZh: Record<keyof typeof allocationEn, string> = {
  'nav.allocation': '客户分配',
  'allocation.lead': '客户和收入在销售之间如何分布，以及如何更均衡地分配。',
};
