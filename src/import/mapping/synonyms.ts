import type { Field } from '../types.ts';

/**
 * Header synonyms per field, English and Chinese, most specific first: when two columns could
 * fill a field, the one whose header comes earlier here wins. Compared after normalizeHeader,
 * so case, spaces, `_`, `-` and `.` do not matter and each spelling is listed once. A normalized
 * header belongs to one field only (a unit test checks it).
 *
 * Left out on purpose, because they mean something else in common exports: `Name`, `ID`, `Type`,
 * `Email` (only presets use them), `Rating` (Hot/Warm/Cold in CRM accounts), `Annual Revenue` and
 * `Expected Revenue` (not revenue of a row), `Create Date`/`Created Time` (record creation in
 * customer lists), `Ship Date`, `Due Date`, `State` (often a workflow state).
 */
export const SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  customer_id: [
    'Customer ID', 'Customer No', 'Customer Number', 'Customer Code', 'Customer Key',
    'Client ID', 'Client No', 'Client Number', 'Client Code',
    'Account ID', 'Account Number', 'Account No', 'Account Code',
    'Cust ID', 'Cust No', 'Buyer ID', 'Member ID', 'Company ID', 'Customer Email',
    '客户编号', '客户ID', '客户代码', '客户编码', '客户号', '客户账号', '会员编号', '会员ID', '买家ID',
  ],
  customer_name: [
    'Customer Name', 'Client Name', 'Account Name', 'Company Name', 'Customer Full Name', 'Buyer Name',
    'Associated Company', 'Customer', 'Client', 'Company', 'Account', 'Buyer', 'Sold To', 'Bill To',
    'Billing Name', 'Contact Name',
    '客户名称', '客户全称', '客户名', '客户', '客户简称', '公司名称', '单位名称', '购买方名称', '购方名称',
    '购买方', '买家', '会员名称', '客户姓名', '公司',
  ],
  date: [
    'Order Date', 'Invoice Date', 'Transaction Date', 'Sale Date', 'Sales Date', 'Close Date', 'Closing Date',
    'Closed Date', 'Payment Date', 'Purchase Date', 'Billing Date', 'Document Date', 'Posting Date',
    'Paid Date', 'Order Time', 'Transaction Time', 'Created at', 'Paid at', 'Created (UTC)',
    'Created date (UTC)', 'Date (UTC)', 'Date',
    '下单日期', '订单日期', '开票日期', '交易日期', '销售日期', '成交日期', '单据日期', '业务日期',
    '付款日期', '支付日期', '下单时间', '订单时间', '交易时间', '付款时间', '支付时间', '日期',
  ],
  amount: [
    'Net Sales', 'Net Revenue', 'Net Amount', 'Sales Amount', 'Sales', 'Revenue', 'Amount',
    'Order Amount', 'Order Total', 'Invoice Amount', 'Invoice Total', 'Line Amount', 'Line Total',
    'Total Amount', 'Deal Value', 'Grand Total', 'Total', 'Sub Total',
    '实收金额', '销售额', '销售金额', '订单金额', '销售订单总额', '订单总额', '成交金额', '合同金额',
    '不含税金额', '含税金额', '价税合计', '价税合计(本位币)', '实付金额', '支付金额', '总金额', '收入',
    '金额',
  ],
  order_id: [
    'Order ID', 'Order No', 'Order Number', 'Invoice Number', 'Invoice No', 'Invoice ID',
    'SO Number', 'Sales Order Number', 'Sales Order No', 'Sales Order ID', 'Transaction ID',
    'Document Number', 'Deal ID', 'Opportunity ID', 'Receipt Number',
    '订单号', '订单编号', '单据编号', '销售订单编号', '销售订单号', '系统订单编号', '发票号码', '发票号',
    '合同编号', '交易号', '单号',
  ],
  region: [
    'Region', 'Sales Region', 'Territory', 'Territory Region', 'Area', 'Country', 'Country/Region',
    'Billing Country', 'Province',
    '区域', '地区', '大区', '销售区域', '省', '省份', '国家',
  ],
  industry: ['Industry', 'Industry Type', 'Sector', 'Vertical', '行业', '所属行业', '1级行业', '一级行业', '行业分类', '行业类别'],
  segment: [
    'Segment', 'Customer Segment', 'Customer Type', 'Account Type', 'Customer Class', 'Customer Group',
    'Customer Tier', 'Customer Level', 'Customer Category', 'Tier',
    '客户类型', '客户级别', '客户分类', '客户等级', '客户分组', '客户群', '会员等级',
  ],
  channel: [
    'Channel', 'Sales Channel', 'Order Source', 'Lead Source', 'Acquisition Channel', 'Marketing Channel', 'Source',
    '渠道', '销售渠道', '客户来源', '订单来源', '线索来源', '来源',
  ],
  owner: [
    'Account Owner', 'Account Manager', 'Customer Owner', 'Sales Rep', 'Sales Representative', 'Salesperson',
    'Sales Owner', 'Deal Owner', 'Opportunity Owner', 'Company Owner', 'Owner', 'Rep', 'Assigned To',
    '销售负责人', '负责人', '客户经理', '销售员', '业务员', '销售代表', '跟进人', '归属人',
  ],
  quantity: ['Quantity', 'Qty', 'Units', 'Lineitem quantity', '数量', '销售数量', '实发数量', '件数'],
  product: [
    'Product Name', 'Product', 'Item Name', 'Item', 'Product/Service', 'Lineitem name', 'SKU',
    '产品名称', '产品', '商品名称', '商品', '物料名称', '存货名称', '货品名称', '品名',
  ],
  category: [
    'Category', 'Product Category', 'Item Category', 'Product Type', 'Product Line', 'Sub-Category',
    '产品类别', '产品分类', '商品类别', '商品分类', '物料分类', '品类', '类别',
  ],
  status: [
    'Financial Status', 'Payment Status', 'Deal Stage', 'Opportunity Stage', 'Sales Stage', 'Order Status',
    'Invoice Status', 'Document Status', 'Transaction Status', 'Status', 'Stage',
    '订单状态', '单据状态', '阶段状态', '生命状态', '付款状态', '支付状态', '交易状态', '审核状态',
    '销售阶段', '商机阶段', '状态',
  ],
  refunded: [
    'Refunded Amount', 'Amount Refunded', 'Refund Amount', 'Total Refunded', 'Refunded', 'Refunds',
    '退款金额', '已退款金额', '退款额',
  ],
  score: [
    'NPS', 'NPS Score', 'CSAT', 'CSAT Score', 'Satisfaction Score', 'Satisfaction', 'Likelihood to Recommend', 'Score',
    'NPS评分', '满意度评分', '满意度', '推荐度', '评分', '打分',
  ],
};
