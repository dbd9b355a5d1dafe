import { describe, expect, test } from 'vitest';
import { FIELDS, type Field } from '../../../../src/import/types.ts';
import { DEFAULT_REVENUE_STATUSES, countsAsRevenue, mapHeaders, type HeaderMapping } from '../../../../src/import/mapping/index.ts';

/** Field → header text of the mapped column, for readable expectations. */
function named(headers: readonly string[], result: HeaderMapping): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const column = result.mapping[field];
    if (column !== undefined) out[field] = headers[column];
  }
  return out;
}

function map(line: string, overrides?: ReadonlyMap<Field, string>) {
  const headers = line.split(',');
  const result = mapHeaders(headers, overrides);
  return { result, fields: named(headers, result) };
}

// Real header lines from /work/shared/data/export-headers.md.
const SHOPIFY =
  'Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,Payment ID,Payment Terms Name,Next Payment Due At,Payment References';
const STRIPE_2014 =
  'id,Description,Created,Amount,Amount Refunded,Currency,Converted Amount,Converted Amount Refunded,Fee,Converted Currency,Mode,Status,Customer ID,Customer Description,Customer Email,Captured,Card Last4,Card Type';
const STRIPE_LATER =
  'id,Description,Seller Message,Created (UTC),Amount,Amount Refunded,Currency,Converted Amount,Converted Amount Refunded,Fee,Tax,Converted Currency,Mode,Status,Statement Descriptor,Customer ID,Customer Description,Customer Email,Captured,Card ID,Card Last4,Card Brand,Card Funding,Card Address Country,Disputed Amount,Dispute Status,Dispute Reason,Dispute Date (UTC),Invoice ID,Payment Source Type,Destination,Transfer,Interchange Costs,Merchant Service Charge,Transfer Group,PaymentIntent ID';
const STRIPE_UNIFIED =
  'id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Converted Amount,Converted Amount Refunded,Converted Currency,Fee,Is Link,Mode,Payment Source Type,Status,Taxes On Fee,Application Fee,Application ID,Customer Email,Customer Name,Invoice ID,Transfer';
const ZOHO_DEALS =
  'Record Id,Deal Owner,Deal Name,Account Name,Type,Lead Source,Campaign Source,Contact Name,Amount,Closing Date,Next Step,Stage,Probability (%),Expected Revenue,Created By,Modified By,Description';
const SALESFORCE_REPORT =
  'Territory Region,Opportunity Owner,Account Name,Opportunity Name,Stage,Forecast Category,Total Amount Currency,Total Amount,Fiscal Period,Close Date,Opportunity Next Step,Type';
const HUBSPOT_DEALS =
  'Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner,Pipeline,Create Date,Associated Company,Associated Company IDs,Associated Contact IDs,Last Activity Date,Date entered current stage';
const FXIAOKE_ORDERS = '销售订单编号,客户名称,下单日期,订单金额,产品合计,整单折扣,已回款金额,待回款金额,退款金额,订单状态,生命状态,负责人,负责人主属部门,创建时间';
const KINGDEE_ORDERS = '单据编号,日期,客户,销售组织,销售部门,销售员,单据状态,备注,物料编码,物料名称,数量,单价,含税单价,税率,金额,交货日期,价税合计';
const SUPERSTORE =
  'Row ID,Order ID,Order Date,Ship Date,Ship Mode,Customer ID,Customer Name,Segment,Country,City,State,Postal Code,Region,Product ID,Category,Sub-Category,Product Name,Sales,Quantity,Discount,Profit';
const CHINESE_GENERIC = '客户编号,客户名称,下单日期,订单金额,区域,行业,销售负责人';

describe('mapHeaders(headers, overrides?) on real exports', () => {
  test('Shopify orders: e-mail is the key, Total − Refunded Amount, Financial Status', () => {
    const { result, fields } = map(SHOPIFY);
    expect(result.preset).toBe('shopify-orders');
    expect(result.kind).toBe('transactions');
    expect(result.dateOrder).toBe('mdy');
    expect(result.problem).toBeNull();
    expect(fields).toMatchObject({
      customer_id: 'Email', customer_name: 'Billing Name', date: 'Created at', amount: 'Total',
      refunded: 'Refunded Amount', status: 'Financial Status', order_id: 'Name',
    });
    for (const status of ['paid', 'partially_paid', 'partially_refunded', 'refunded']) {
      expect(countsAsRevenue(status, result.revenueStatuses), status).toBe(true);
    }
    for (const status of ['pending', 'authorized', 'voided', '']) {
      expect(countsAsRevenue(status, result.revenueStatuses), status).toBe(false);
    }
  });

  test.each([
    [STRIPE_2014, 'stripe-payments-2014', 'Created', 'Customer ID'],
    [STRIPE_LATER, 'stripe-payments', 'Created (UTC)', 'Customer ID'],
    [STRIPE_UNIFIED, 'stripe-unified-payments', 'Created date (UTC)', 'Customer Email'], // no Customer ID column
  ])('Stripe payments era %#', (line, preset, date, customer) => {
    const { result, fields } = map(line);
    expect(result.preset).toBe(preset);
    expect(result.kind).toBe('transactions');
    expect(fields).toMatchObject({ customer_id: customer, date, amount: 'Amount', refunded: 'Amount Refunded', status: 'Status' });
    expect(countsAsRevenue('Paid', result.revenueStatuses)).toBe(true);
    expect(countsAsRevenue('Refunded', result.revenueStatuses)).toBe(true);
    expect(countsAsRevenue('succeeded', result.revenueStatuses)).toBe(true);
    expect(countsAsRevenue('Failed', result.revenueStatuses)).toBe(false);
  });

  test('Zoho CRM deals: the account name is the key, never Expected Revenue', () => {
    const { result, fields } = map(ZOHO_DEALS);
    expect(result.preset).toBe('zoho-crm-deals');
    expect(fields).toMatchObject({
      customer_id: 'Account Name', customer_name: 'Account Name', date: 'Closing Date', amount: 'Amount',
      status: 'Stage', owner: 'Deal Owner',
    });
    expect(countsAsRevenue('Closed Won', result.revenueStatuses)).toBe(true);
    expect(countsAsRevenue('Closed Lost', result.revenueStatuses)).toBe(false);
    expect(countsAsRevenue('Closed-Lost to Competition', result.revenueStatuses)).toBe(false);
  });

  test('Salesforce opportunity report: Total Amount, not Total Amount Currency', () => {
    const { result, fields } = map(SALESFORCE_REPORT);
    expect(result.preset).toBe('salesforce-opportunities');
    expect(fields).toMatchObject({
      customer_id: 'Account Name', customer_name: 'Account Name', date: 'Close Date', amount: 'Total Amount',
      status: 'Stage', owner: 'Opportunity Owner', region: 'Territory Region',
    });
    expect(Object.values(fields)).not.toContain('Total Amount Currency');
  });

  test('HubSpot deals: company ids are the key, the company name is the name', () => {
    const { result, fields } = map(HUBSPOT_DEALS);
    expect(result.preset).toBe('hubspot-deals');
    expect(fields).toMatchObject({
      customer_id: 'Associated Company IDs', customer_name: 'Associated Company', date: 'Close Date',
      amount: 'Amount', status: 'Deal Stage', owner: 'Deal owner', order_id: 'Record ID',
    });
    expect(countsAsRevenue('Closed won', result.revenueStatuses)).toBe(true);
    expect(countsAsRevenue('closedwon', result.revenueStatuses)).toBe(true);
    expect(countsAsRevenue('Closed lost', result.revenueStatuses)).toBe(false);
  });

  test('HubSpot deals without company ids fall back to the company name', () => {
    const { fields } = map('Record ID,Deal Name,Deal Stage,Amount,Close Date,Associated Company');
    expect(fields).toMatchObject({ customer_id: 'Associated Company', customer_name: 'Associated Company' });
  });

  test('Fxiaoke sales orders: 生命状态 正常 counts', () => {
    const { result, fields } = map(FXIAOKE_ORDERS);
    expect(result.preset).toBe('fxiaoke-sales-orders');
    expect(result.dateOrder).toBeNull();
    expect(fields).toMatchObject({
      customer_id: '客户名称', customer_name: '客户名称', date: '下单日期', amount: '订单金额',
      refunded: '退款金额', status: '生命状态', owner: '负责人', order_id: '销售订单编号',
    });
    expect(countsAsRevenue('正常', result.revenueStatuses)).toBe(true);
    expect(countsAsRevenue('作废', result.revenueStatuses)).toBe(false);
  });

  test('Kingdee sales orders: 单据状态 已审核 or C counts', () => {
    const { result, fields } = map(KINGDEE_ORDERS);
    expect(result.preset).toBe('kingdee-sales-orders');
    expect(fields).toMatchObject({
      customer_id: '客户', date: '日期', amount: '价税合计', status: '单据状态', owner: '销售员', order_id: '单据编号',
    });
    for (const status of ['已审核', 'C']) expect(countsAsRevenue(status, result.revenueStatuses)).toBe(true);
    for (const status of ['A', 'B', 'Z', '审核中']) expect(countsAsRevenue(status, result.revenueStatuses)).toBe(false);
  });

  test('Kingdee: the local-currency total wins, written with full-width brackets', () => {
    const { fields } = map('单据编号,日期,客户,单据状态,价税合计,价税合计（本位币）');
    expect(fields.amount).toBe('价税合计（本位币）');
  });

  test('Superstore sample', () => {
    const { result, fields } = map(SUPERSTORE);
    expect(result.preset).toBe('superstore');
    expect(result.dateOrder).toBe('mdy');
    expect(fields).toEqual({
      customer_id: 'Customer ID', customer_name: 'Customer Name', date: 'Order Date', amount: 'Sales',
      order_id: 'Order ID', region: 'Region', segment: 'Segment', category: 'Category', product: 'Product Name',
      quantity: 'Quantity',
    });
  });

  test('a generic Chinese header, by synonyms', () => {
    const { result, fields } = map(CHINESE_GENERIC);
    expect(result.preset).toBeNull();
    expect(result.dateOrder).toBeNull();
    expect(result.kind).toBe('transactions');
    expect(result.problem).toBeNull();
    expect(fields).toEqual({
      customer_id: '客户编号', customer_name: '客户名称', date: '下单日期', amount: '订单金额', region: '区域',
      industry: '行业', owner: '销售负责人',
    });
    expect(result.revenueStatuses).toEqual(DEFAULT_REVENUE_STATUSES);
  });

  test('QuickBooks report with its empty first header', () => {
    const { result, fields } = map(',Transaction date,Transaction type,Num,Customer full name,Description,Quantity,Sales price,Amount,Balance');
    expect(result.preset).toBe('quickbooks-sales-detail');
    expect(fields).toMatchObject({ customer_id: 'Customer full name', date: 'Transaction date', amount: 'Amount', order_id: 'Num' });
  });

  test('Xero invoices: starred headers, line amounts, day-first dates', () => {
    const { result, fields } = map('*ContactName,EmailAddress,POCountry,*InvoiceNumber,Reference,*InvoiceDate,*DueDate,*Description,*Quantity,*UnitAmount,Total,LineAmount');
    expect(result.preset).toBe('xero-invoices');
    expect(result.dateOrder).toBe('dmy');
    expect(fields).toMatchObject({ customer_id: '*ContactName', date: '*InvoiceDate', amount: 'LineAmount', order_id: '*InvoiceNumber' });
  });

  test.each([
    [
      'Invoice Owner,Invoice Number,Subject,Sales Order,Purchase Order,Invoice Date,Due Date,Account Name,Contact Name,Status,Sub Total,Discount,Tax,Adjustment,Grand Total',
      'zoho-crm-invoices',
      { customer_id: 'Account Name', date: 'Invoice Date', amount: 'Grand Total', status: 'Status', order_id: 'Invoice Number' },
    ],
    [
      'Date,Transaction Type,Num,Customer,Memo/Description,Qty,Sales Price,Amount',
      'quickbooks-sales-detail-classic',
      { customer_id: 'Customer', date: 'Date', amount: 'Amount', order_id: 'Num', quantity: 'Qty' },
    ],
    [
      '单据编号,日期,客户,销售组织,库存组织,销售部门,销售员,单据状态,物料名称,实发数量,价税合计',
      'kingdee-sales-outbound',
      { customer_id: '客户', date: '日期', amount: '价税合计', quantity: '实发数量', status: '单据状态' },
    ],
    [
      'Potential Owner,Potential Name,Account Name,Amount,Closing Date,Sales Stage',
      'zoho-crm-potentials',
      { customer_id: 'Account Name', date: 'Closing Date', amount: 'Amount', status: 'Sales Stage', owner: 'Potential Owner' },
    ],
  ])('more transaction exports: %#', (line, preset, expected) => {
    const { result, fields } = map(line);
    expect(result.preset).toBe(preset);
    expect(result.kind).toBe('transactions');
    expect(fields).toMatchObject(expected);
  });

  test('Zoho invoices: Approved and Delivered count, Created and Canceled do not', () => {
    const { result } = map('Invoice Number,Invoice Date,Account Name,Status,Grand Total');
    for (const status of ['Approved', 'Delivered']) expect(countsAsRevenue(status, result.revenueStatuses)).toBe(true);
    for (const status of ['Created', 'Canceled']) expect(countsAsRevenue(status, result.revenueStatuses)).toBe(false);
  });

  test('Fxiaoke accounts: keyed by name like Fxiaoke orders', () => {
    const { result, fields } = map('客户名称,客户编号,客户级别,1级行业,省,负责人,客户来源,成交状态,生命状态,创建时间');
    expect(result.preset).toBe('fxiaoke-accounts');
    expect(result.kind).toBe('customers');
    expect(fields).toMatchObject({
      customer_id: '客户名称', customer_name: '客户名称', segment: '客户级别', industry: '1级行业', region: '省',
      owner: '负责人', channel: '客户来源',
    });
  });

  test.each([
    ['Record Id,Account Owner,Account Name,Phone,Website,Account Type,Billing Street,Billing City,Billing State,Billing Code,Description', 'zoho-crm-accounts', 'Account Name'],
    ['Account Owner,Account Name,Billing State,Type,Rating', 'salesforce-accounts', 'Account Name'],
    ['Record ID,Company name,Company owner,Create Date,Phone Number,Last Activity Date,City,Country/Region,Industry', 'hubspot-companies', 'Record ID'],
  ])('customer master %#: customers, keyed like the same system’s transactions', (line, preset, key) => {
    const { result, fields } = map(line);
    expect(result.preset).toBe(preset);
    expect(result.kind).toBe('customers');
    expect(result.problem).toBeNull();
    expect(fields.customer_id).toBe(key);
  });
});

describe('mapHeaders: synonyms and ambiguity', () => {
  test('Customer ID is the key and Customer the name, whatever the column order', () => {
    expect(map('Customer,Customer ID,Date,Amount').fields).toMatchObject({ customer_id: 'Customer ID', customer_name: 'Customer' });
    expect(map('Customer ID,Customer,Date,Amount').fields).toMatchObject({ customer_id: 'Customer ID', customer_name: 'Customer' });
  });

  test('without an id column the name column is the key too', () => {
    const { result, fields } = map('Customer,Date,Amount');
    expect(result.kind).toBe('transactions');
    expect(fields).toMatchObject({ customer_id: 'Customer', customer_name: 'Customer' });
  });

  test.each([
    ['Sub Total,Total,Grand Total', 'Grand Total'],
    ['Sub Total,Total', 'Total'],
    ['Sub Total', 'Sub Total'],
    ['Total,Amount', 'Amount'],
    ['Total Amount Currency,Total', 'Total'],
    ['Total Amount Currency,Total Amount', 'Total Amount'],
    ['金额,价税合计', '价税合计'],
    ['Sales,Net Sales', 'Net Sales'],
  ])('amount among %j is %j', (amounts, expected) => {
    const { fields } = map(`Customer ID,Order Date,${amounts}`);
    expect(fields.amount).toBe(expected);
  });

  test('the more specific synonym wins a field, the other column stays free', () => {
    const { fields } = map('Customer ID,Date,Order Date,Amount');
    expect(fields.date).toBe('Order Date');
  });

  test('equal synonyms: the leftmost column wins', () => {
    const headers = ['Customer ID', 'Date', 'Amount', 'amount'];
    expect(mapHeaders(headers).mapping.amount).toBe(2);
  });

  test('a header matches whatever its case, spacing, punctuation, quotes, BOM or width', () => {
    const { fields } = map('\ufeff"CUSTOMER_ID",order-date,ＡＭＯＵＮＴ,*Sales.Rep');
    expect(fields).toEqual({ customer_id: '\ufeff"CUSTOMER_ID"', date: 'order-date', amount: 'ＡＭＯＵＮＴ', owner: '*Sales.Rep' });
  });

  test('a column fills at most one field', () => {
    const { result } = map('Customer ID,Order Date,Amount,Region,Country,Segment,Customer Type');
    const columns = Object.values(result.mapping);
    expect(new Set(columns).size).toBe(columns.length);
  });

  test('headers named __proto__ or constructor are harmless', () => {
    const headers = ['__proto__', 'constructor', 'Customer ID', 'toString', 'Order Date', 'hasOwnProperty', 'Amount'];
    const result = mapHeaders(headers);
    expect(result.mapping).toEqual({ customer_id: 2, date: 4, amount: 6 });
    expect(result.problem).toBeNull();
    expect(Object.getPrototypeOf(result.mapping)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).customer_id).toBeUndefined();
  });

  test('an override may name a __proto__ column', () => {
    const headers = ['__proto__', 'Order Date', 'Amount'];
    const result = mapHeaders(headers, new Map([['customer_id', '__proto__']]));
    expect(result.mapping.customer_id).toBe(0);
    expect(result.kind).toBe('transactions');
  });

  test('a survey file: customer, date and score without amount', () => {
    const { result, fields } = map('Customer ID,Date,NPS,Comment');
    expect(result.kind).toBe('survey');
    expect(result.problem).toBeNull();
    expect(fields).toMatchObject({ customer_id: 'Customer ID', date: 'Date', score: 'NPS' });
    expect(map('客户编号,日期,满意度').result.kind).toBe('survey');
  });

  test('a customer master: a key and attributes, no date or amount', () => {
    const { result, fields } = map('客户编号,客户名称,区域,行业,客户类型,负责人');
    expect(result.kind).toBe('customers');
    expect(result.problem).toBeNull();
    expect(fields).toEqual({
      customer_id: '客户编号', customer_name: '客户名称', region: '区域', industry: '行业', segment: '客户类型', owner: '负责人',
    });
  });
});

describe('mapHeaders: problems', () => {
  test('a transaction file without amount', () => {
    const headers = ['Customer ID', 'Order Date', 'Region'];
    const result = mapHeaders(headers);
    expect(result.kind).toBe('transactions');
    expect(result.problem?.code).toBe('missingRequiredColumns');
    expect(result.problem?.params?.missing).toBe('amount');
    expect(result.problem?.params?.headers).toBe('Customer ID, Order Date, Region');
    expect(String(result.problem?.params?.expected)).toContain('Amount');
    expect(String(result.problem?.params?.expected)).toContain('金额');
  });

  test('a file without date and amount but with an amount-like column is not a customer file', () => {
    const result = mapHeaders(['Customer ID', 'Amount']);
    expect(result.problem?.params?.missing).toBe('date');
    expect(String(result.problem?.params?.expected)).toContain('Order Date');
  });

  test('a file with no known header lacks all three', () => {
    const result = mapHeaders(['Foo', 'Bar']);
    expect(result.problem).toEqual({
      code: 'missingRequiredColumns',
      params: { missing: 'customer_id, date, amount', headers: 'Foo, Bar', expected: expect.stringContaining('下单日期') },
    });
  });
});

describe('mapHeaders: overrides', () => {
  test('an override wins over synonyms and frees nothing else', () => {
    const headers = ['Customer ID', 'Order Date', 'Ship Date', 'Amount'];
    const result = mapHeaders(headers, new Map([['date', 'Ship Date']]));
    expect(named(headers, result)).toMatchObject({ customer_id: 'Customer ID', date: 'Ship Date', amount: 'Amount' });
  });

  test('an override wins over the preset, compared normalized', () => {
    const headers = ZOHO_DEALS.split(',');
    const result = mapHeaders(headers, new Map([['amount', 'expected_revenue'], ['customer_id', 'CONTACT NAME']]));
    expect(result.preset).toBe('zoho-crm-deals');
    expect(named(headers, result)).toMatchObject({ amount: 'Expected Revenue', customer_id: 'Contact Name', customer_name: 'Account Name' });
  });

  test('an override takes a column away from the field that would have had it', () => {
    const headers = ['Customer ID', 'Order Date', 'Amount', 'Total'];
    const result = mapHeaders(headers, new Map([['refunded', 'Amount']]));
    expect(named(headers, result)).toMatchObject({ refunded: 'Amount', amount: 'Total' });
  });

  test('an override with an empty header leaves the field unmapped', () => {
    const headers = ['Customer ID', 'Order Date', 'Amount', 'Status'];
    const result = mapHeaders(headers, new Map([['status', '']]));
    expect(result.mapping.status).toBeUndefined();
    expect(result.problem).toBeNull();
  });

  test('an override naming a header not in the file is a problem', () => {
    const headers = ['Customer ID', 'Order Date', 'Amount'];
    const result = mapHeaders(headers, new Map([['region', 'Territory']]));
    expect(result.problem).toEqual({
      code: 'mapHeaderNotFound',
      column: 'Territory',
      params: { field: 'region', headers: 'Customer ID, Order Date, Amount' },
    });
    expect(result.mapping).toEqual({ customer_id: 0, date: 1, amount: 2 });
  });

  test('overriding customer_name alone still leaves customer_id to the id column', () => {
    const headers = ['Customer ID', 'Company', 'Client', 'Date', 'Amount'];
    const result = mapHeaders(headers, new Map([['customer_name', 'Client']]));
    expect(named(headers, result)).toMatchObject({ customer_id: 'Customer ID', customer_name: 'Client' });
  });
});
