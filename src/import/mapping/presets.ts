import type { DateOrder, Field } from '../types.ts';
import { normalizeHeader } from './normalizeHeader.ts';

/** How a known export is read: recognised by its headers, mapped by name. */
export interface ExportPreset {
  readonly id: string;
  /** Product name of the export, as its vendor spells it (not translated). */
  readonly label: string;
  /** Normalized headers (normalizeHeader) that must all be present for the preset to apply. */
  readonly signature: readonly string[];
  /** Header names as the export writes them, in preference order, per field. */
  readonly mapping: Partial<Record<Field, readonly string[]>>;
  /** Status values that count as revenue on top of DEFAULT_REVENUE_STATUSES. */
  readonly revenueStatuses?: readonly string[];
  /** Order of ambiguous `a/b/yyyy` dates when the values never disambiguate. */
  readonly dateOrder?: DateOrder;
}

function signature(...headers: string[]): readonly string[] {
  return headers.map(normalizeHeader);
}

/*
 * Facts from /work/shared/data/export-headers.md; `inferred` marks what that file itself marks as
 * inferred rather than seen in a source.
 *
 * Customer key: CRM deal, invoice and order exports carry only the account's *name*, so the presets
 * of a CRM key its customer master by name too (customer_id and customer_name then share the name
 * column); otherwise the master would not join the transactions. An id column is used where both
 * exports of a system have it (HubSpot `Record ID` ↔ `Associated Company IDs`; Salesforce
 * `Account ID`, falling back to the name in both).
 */
const STRIPE_PAYMENTS: ExportPreset['mapping'] = {
  customer_id: ['Customer ID', 'Customer Email'],
  customer_name: ['Customer Name', 'Customer Description'],
  amount: ['Amount'],
  refunded: ['Amount Refunded'],
  status: ['Status'],
  order_id: ['id'],
};
// Stripe's payments export includes failed payments; `Refunded` rows net to 0 (amount − refunded).
const STRIPE_STATUSES = ['Paid', 'Refunded', 'succeeded'];

const KINGDEE_SALES: ExportPreset['mapping'] = {
  customer_id: ['客户编码', '客户'],
  customer_name: ['客户名称', '客户'],
  date: ['日期'],
  // 价税合计 includes VAT, 金额 does not; the local-currency total keeps multi-currency sums in one
  // currency. Chinese sales reporting usually quotes tax-inclusive totals.
  amount: ['价税合计（本位币）', '价税合计', '金额'],
  status: ['单据状态'],
  owner: ['销售员'],
  order_id: ['单据编号'],
  product: ['物料名称'],
};
// 单据状态 C = 已审核 (approved); A 创建, B 审核中, Z 暂存 do not count.
const KINGDEE_STATUSES = ['已审核', 'C'];

export const PRESETS: readonly ExportPreset[] = [
  {
    id: 'zoho-crm-deals',
    label: 'Zoho CRM Deals',
    signature: signature('Deal Name', 'Deal Owner', 'Stage', 'Closing Date'),
    mapping: {
      customer_id: ['Account Name'],
      customer_name: ['Account Name'],
      date: ['Closing Date'],
      // `Expected Revenue` = Amount × Probability: never revenue.
      amount: ['Amount'],
      status: ['Stage'],
      owner: ['Deal Owner'],
      channel: ['Lead Source'],
      order_id: ['Record Id'],
    },
    // Default stage names (inferred: orgs can rename them).
    revenueStatuses: ['Closed Won'],
    dateOrder: 'mdy',
  },
  {
    // The module's old name; these labels are inferred aliases.
    id: 'zoho-crm-potentials',
    label: 'Zoho CRM Potentials',
    signature: signature('Potential Name', 'Potential Owner', 'Closing Date'),
    mapping: {
      customer_id: ['Account Name'],
      customer_name: ['Account Name'],
      date: ['Closing Date'],
      amount: ['Amount'],
      status: ['Sales Stage', 'Stage'],
      owner: ['Potential Owner'],
      channel: ['Lead Source'],
      order_id: ['Record Id'],
    },
    revenueStatuses: ['Closed Won'],
    dateOrder: 'mdy',
  },
  {
    id: 'zoho-crm-invoices',
    label: 'Zoho CRM Invoices',
    signature: signature('Invoice Number', 'Invoice Date', 'Account Name', 'Grand Total'),
    mapping: {
      customer_id: ['Account Name'],
      customer_name: ['Account Name'],
      date: ['Invoice Date'],
      // Grand Total is net of discount (with tax and adjustment); Sub Total is before discount.
      amount: ['Grand Total', 'Sub Total'],
      status: ['Status'],
      owner: ['Invoice Owner'],
      order_id: ['Invoice Number'],
    },
    // Created is a draft, Canceled is void; which statuses count is inferred.
    revenueStatuses: ['Approved', 'Delivered'],
    dateOrder: 'mdy',
  },
  {
    id: 'zoho-crm-sales-orders',
    label: 'Zoho CRM Sales Orders',
    signature: signature('SO Number', 'Sales Order Owner', 'Account Name'),
    mapping: {
      customer_id: ['Account Name'],
      customer_name: ['Account Name'],
      // The doc lists no order-date field: `Created Time` is inferred, `Due Date` is the fallback.
      date: ['Created Time', 'Due Date'],
      // Totals are inferred from the invoice module (same layout).
      amount: ['Grand Total', 'Sub Total'],
      status: ['Status'],
      owner: ['Sales Order Owner'],
      order_id: ['SO Number'],
    },
    revenueStatuses: ['Approved', 'Delivered'],
    dateOrder: 'mdy',
  },
  {
    id: 'zoho-crm-accounts',
    label: 'Zoho CRM Accounts',
    signature: signature('Account Name', 'Account Owner', 'Account Type'),
    mapping: {
      // Keyed by name like Zoho's deal and invoice exports (see above), not by `Account Number`.
      customer_id: ['Account Name'],
      customer_name: ['Account Name'],
      owner: ['Account Owner'],
      segment: ['Account Type'],
      industry: ['Industry'],
      region: ['Billing Country', 'Billing State'],
    },
    dateOrder: 'mdy',
  },
  {
    id: 'salesforce-opportunities',
    label: 'Salesforce Opportunities',
    signature: signature('Opportunity Name', 'Stage', 'Close Date'),
    mapping: {
      customer_id: ['Account ID', 'Account Name'],
      customer_name: ['Account Name'],
      date: ['Close Date'],
      // Report exports name the money column `Total Amount` (with `Total Amount Currency` before it).
      amount: ['Amount', 'Total Amount'],
      status: ['Stage'],
      owner: ['Opportunity Owner'],
      region: ['Territory Region', 'Billing Country'],
      channel: ['Lead Source'],
      order_id: ['Opportunity ID'],
    },
    revenueStatuses: ['Closed Won'],
    dateOrder: 'mdy',
  },
  {
    id: 'salesforce-accounts',
    label: 'Salesforce Accounts',
    signature: signature('Account Name', 'Account Owner', 'Type'),
    mapping: {
      // `Account ID` is a standard field but inferred as a report column.
      customer_id: ['Account ID', 'Account Name'],
      customer_name: ['Account Name'],
      owner: ['Account Owner'],
      segment: ['Type'],
      industry: ['Industry'],
      region: ['Billing Country', 'Billing State', 'Billing State/Province'],
    },
    dateOrder: 'mdy',
  },
  {
    id: 'hubspot-deals',
    label: 'HubSpot Deals',
    signature: signature('Record ID', 'Deal Name', 'Deal Stage'),
    mapping: {
      customer_id: ['Associated Company IDs', 'Associated Company'],
      customer_name: ['Associated Company'],
      date: ['Close Date'],
      // Multi-currency portals (inferred) add the amount in the company currency.
      amount: ['Amount in company currency', 'Amount'],
      // `Is Closed Won` is exact where stage labels are custom per pipeline.
      status: ['Is Closed Won', 'Deal Stage'],
      owner: ['Deal owner'],
      order_id: ['Record ID'],
    },
    // Stage label, API id, and the values of `Is Closed Won` (spelling of the boolean inferred).
    revenueStatuses: ['Closed won', 'closedwon', 'true', 'Yes'],
    dateOrder: 'mdy',
  },
  {
    id: 'hubspot-companies',
    label: 'HubSpot Companies',
    signature: signature('Record ID', 'Company name', 'Company owner'),
    mapping: {
      customer_id: ['Record ID'],
      customer_name: ['Company name'],
      owner: ['Company owner'],
      industry: ['Industry'],
      region: ['Country/Region'],
    },
    dateOrder: 'mdy',
  },
  {
    id: 'shopify-orders',
    label: 'Shopify Orders',
    signature: signature('Name', 'Email', 'Financial Status', 'Total', 'Lineitem name'),
    mapping: {
      // No customer id column: the e-mail is the key.
      customer_id: ['Email'],
      customer_name: ['Billing Name', 'Shipping Name'],
      date: ['Created at', 'Paid at'],
      // Total is not net of refunds; the row's revenue is Total − Refunded Amount.
      amount: ['Total'],
      refunded: ['Refunded Amount'],
      status: ['Financial Status'],
      order_id: ['Name'],
      region: ['Billing Country', 'Shipping Country'],
      channel: ['Source'],
      product: ['Lineitem name'],
      quantity: ['Lineitem quantity'],
    },
    // pending, authorized and voided do not count; refunded rows net to 0, so counting them is
    // harmless and keeps the row visible.
    revenueStatuses: ['paid', 'partially_paid', 'partially_refunded', 'refunded'],
    dateOrder: 'mdy',
  },
  {
    id: 'stripe-payments-2014',
    label: 'Stripe Payments (2014 columns)',
    signature: signature('id', 'Created', 'Amount', 'Amount Refunded', 'Status'),
    mapping: { ...STRIPE_PAYMENTS, date: ['Created'] },
    revenueStatuses: STRIPE_STATUSES,
    dateOrder: 'mdy',
  },
  {
    id: 'stripe-payments',
    label: 'Stripe Payments',
    signature: signature('id', 'Created (UTC)', 'Amount', 'Amount Refunded', 'Status'),
    mapping: { ...STRIPE_PAYMENTS, date: ['Created (UTC)'] },
    revenueStatuses: STRIPE_STATUSES,
    dateOrder: 'mdy',
  },
  {
    id: 'stripe-unified-payments',
    label: 'Stripe Unified Payments',
    signature: signature('id', 'Created date (UTC)', 'Amount', 'Amount Refunded', 'Status'),
    mapping: { ...STRIPE_PAYMENTS, date: ['Created date (UTC)'] },
    revenueStatuses: STRIPE_STATUSES,
    dateOrder: 'mdy',
  },
  {
    // Labels are the UI captions (inferred as export headers); tenants may rename them.
    id: 'fxiaoke-sales-orders',
    label: '纷享销客 销售订单',
    signature: signature('客户名称', '下单日期', '生命状态'),
    mapping: {
      // The order carries the account's name; the accounts preset keys by name as well.
      customer_id: ['客户名称'],
      customer_name: ['客户名称'],
      date: ['下单日期'],
      amount: ['订单金额', '销售订单总额'],
      refunded: ['退款金额'],
      // 生命状态 正常 = confirmed; 审核中 / 作废 / 未生效 do not count (inferred).
      status: ['生命状态'],
      owner: ['负责人'],
      order_id: ['销售订单编号', '系统订单编号'],
    },
    revenueStatuses: ['正常'],
  },
  {
    id: 'fxiaoke-accounts',
    label: '纷享销客 客户',
    signature: signature('客户名称', '负责人', '生命状态'),
    mapping: {
      customer_id: ['客户名称'],
      customer_name: ['客户名称'],
      owner: ['负责人'],
      segment: ['客户级别', '客户分类'],
      industry: ['1级行业'],
      region: ['省', '国家'],
      channel: ['客户来源'],
    },
  },
  {
    // Captions from the API field dump (K/3 Cloud SAL_OUTSTOCK); `实发数量` caption inferred.
    id: 'kingdee-sales-outbound',
    label: '金蝶云星空 销售出库单',
    signature: signature('单据编号', '日期', '客户', '单据状态', '库存组织'),
    mapping: { ...KINGDEE_SALES, quantity: ['实发数量', '数量'] },
    revenueStatuses: KINGDEE_STATUSES,
  },
  {
    // Captions from the API field dump (K/3 Cloud SAL_SaleOrder); list export headers inferred.
    id: 'kingdee-sales-orders',
    label: '金蝶云星空 销售订单',
    signature: signature('单据编号', '日期', '客户', '单据状态'),
    mapping: { ...KINGDEE_SALES, quantity: ['数量'] },
    revenueStatuses: KINGDEE_STATUSES,
  },
  {
    id: 'superstore',
    label: 'Superstore sample',
    signature: signature('Row ID', 'Order ID', 'Order Date', 'Ship Date', 'Ship Mode', 'Customer ID', 'Customer Name', 'Segment'),
    mapping: {
      customer_id: ['Customer ID'],
      customer_name: ['Customer Name'],
      date: ['Order Date'],
      amount: ['Sales'],
      order_id: ['Order ID'],
      region: ['Region'],
      segment: ['Segment'],
      category: ['Category'],
      product: ['Product Name'],
      quantity: ['Quantity'],
    },
    dateOrder: 'mdy',
  },
  {
    id: 'quickbooks-sales-detail',
    label: 'QuickBooks Sales by Product/Service Detail',
    signature: signature('Transaction date', 'Transaction type', 'Num', 'Customer full name'),
    mapping: {
      customer_id: ['Customer full name'],
      customer_name: ['Customer full name'],
      date: ['Transaction date'],
      amount: ['Amount'],
      order_id: ['Num'],
      product: ['Product/Service', 'Description'],
      quantity: ['Quantity'],
    },
    dateOrder: 'mdy',
  },
  {
    // Older QuickBooks report header.
    id: 'quickbooks-sales-detail-classic',
    label: 'QuickBooks Sales Detail (classic)',
    signature: signature('Date', 'Transaction Type', 'Num', 'Customer', 'Memo/Description'),
    mapping: {
      customer_id: ['Customer'],
      customer_name: ['Customer'],
      date: ['Date'],
      amount: ['Amount'],
      order_id: ['Num'],
      product: ['Memo/Description'],
      quantity: ['Qty'],
    },
    dateOrder: 'mdy',
  },
  {
    id: 'xero-invoices',
    label: 'Xero Sales Invoices',
    signature: signature('*ContactName', '*InvoiceNumber', '*InvoiceDate'),
    mapping: {
      customer_id: ['ContactName'],
      customer_name: ['ContactName'],
      date: ['InvoiceDate'],
      // One row per line: the invoice `Total` repeats on every line, `LineAmount` (an export
      // column) is the line's own amount.
      amount: ['LineAmount'],
      order_id: ['InvoiceNumber'],
      region: ['POCountry'],
      product: ['Description', 'InventoryItemCode'],
      quantity: ['Quantity'],
    },
    dateOrder: 'dmy',
  },
];
