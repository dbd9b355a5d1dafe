/**
 * The fictional company behind the demo data: a B2B vendor of industrial IoT software,
 * hardware and services selling in China, North America and Europe. Weights are relative
 * frequencies; prices are list prices in the data set currency.
 */

export type RegionGroup = 'china' | 'west';

export interface Region {
  readonly label: string;
  readonly group: RegionGroup;
  readonly weight: number;
  /** Cities used in Chinese company names (empty for western regions). */
  readonly cities: readonly string[];
  /** Legal-form suffixes used in western company names (empty for Chinese regions). */
  readonly legalForms: readonly string[];
}

export interface Industry {
  readonly label: string;
  readonly weight: number;
  /** Business words of company names in this industry. */
  readonly zhWords: readonly string[];
  readonly enWords: readonly string[];
}

export type Segment = 'Enterprise' | 'Mid-Market' | 'SMB';

export interface SegmentProfile {
  readonly label: Segment;
  readonly weight: number;
  /** Mean days a customer keeps buying before it churns (exponential). */
  readonly meanLifetime: number;
  /** Discount off list price, as a range of fractions. */
  readonly discount: readonly [number, number];
  /** Channel weights, in the order of `CATALOG.channels`. */
  readonly channelWeights: readonly number[];
  /** Product weights, in the order of `CATALOG.products`. */
  readonly productWeights: readonly number[];
}

export interface Product {
  readonly name: string;
  readonly category: string;
  readonly listPrice: number;
  /** Typical quantity on a line of an average customer. */
  readonly typicalQuantity: number;
}

export interface Rep {
  readonly name: string;
  /** Index into `CATALOG.regions`. */
  readonly region: number;
  /** First day (YYYY-MM-DD) the rep takes customers; null = from the start. */
  readonly joins: string | null;
  /** Day from which the rep takes no new customers; null = stays. */
  readonly leaves: string | null;
}

/** Accounts moving between reps on a given day (a rep leaving, a territory split). */
export interface Reassignment {
  readonly date: string;
  readonly from: number;
  readonly to: number;
  /** Share of `from`'s customers that move (picked by customer index parity when 0.5). */
  readonly share: 1 | 0.5;
}

const regions: readonly Region[] = [
  { label: '华东', group: 'china', weight: 28, cities: ['上海', '杭州', '南京', '苏州', '宁波', '合肥', '无锡', '青岛'], legalForms: [] },
  { label: '华北', group: 'china', weight: 15, cities: ['北京', '天津', '石家庄', '太原', '唐山', '保定'], legalForms: [] },
  { label: '华南', group: 'china', weight: 15, cities: ['广州', '深圳', '东莞', '佛山', '珠海', '南宁'], legalForms: [] },
  { label: '西南', group: 'china', weight: 8, cities: ['成都', '重庆', '昆明', '贵阳', '绵阳'], legalForms: [] },
  { label: 'North America', group: 'west', weight: 19, cities: [], legalForms: ['Inc.', 'LLC', 'Corp.', 'Co.', 'Ltd'] },
  { label: 'Europe', group: 'west', weight: 15, cities: [], legalForms: ['GmbH', 'Ltd', 'B.V.', 'S.A.', 'AG', 'plc'] },
];

const industries: readonly Industry[] = [
  { label: 'Manufacturing', weight: 24, zhWords: ['机械', '精密制造', '电气', '智能装备'], enWords: ['Industries', 'Manufacturing', 'Components', 'Machining'] },
  { label: 'Retail', weight: 12, zhWords: ['商贸', '贸易', '百货'], enWords: ['Traders', 'Retail', 'Outfitters', 'Supply'] },
  { label: 'Technology', weight: 16, zhWords: ['科技', '信息技术', '软件', '网络科技'], enWords: ['Systems', 'Software', 'Technologies', 'Labs'] },
  { label: 'Healthcare', weight: 10, zhWords: ['医疗器械', '生物科技', '医药'], enWords: ['Health', 'Medical', 'Diagnostics', 'Biotech'] },
  { label: 'Finance', weight: 8, zhWords: ['投资', '金融服务'], enWords: ['Capital', 'Financial', 'Partners'] },
  { label: 'Logistics', weight: 12, zhWords: ['物流', '供应链', '运输'], enWords: ['Logistics', 'Freight', 'Transport'] },
  { label: 'Energy', weight: 10, zhWords: ['能源', '新能源', '电力'], enWords: ['Energy', 'Power', 'Solar'] },
  { label: 'Education', weight: 8, zhWords: ['教育科技', '文化'], enWords: ['Learning', 'Education', 'Academy'] },
];

const channels: readonly string[] = ['Direct', 'Partner', 'Online', 'Reseller'];

const products: readonly Product[] = [
  { name: 'Cloud Pro', category: 'Software', listPrice: 1200, typicalQuantity: 10 },
  { name: 'On-Prem Pro', category: 'Software', listPrice: 18000, typicalQuantity: 1 },
  { name: 'Connector', category: 'Software', listPrice: 450, typicalQuantity: 4 },
  { name: 'Gateway G2', category: 'Hardware', listPrice: 860, typicalQuantity: 6 },
  { name: 'Sensor Kit', category: 'Hardware', listPrice: 45, typicalQuantity: 40 },
  { name: 'Panel PC', category: 'Hardware', listPrice: 1350, typicalQuantity: 3 },
  { name: 'Onboarding', category: 'Services', listPrice: 1500, typicalQuantity: 8 },
  { name: 'Training', category: 'Services', listPrice: 600, typicalQuantity: 5 },
  { name: 'Consulting', category: 'Services', listPrice: 1800, typicalQuantity: 4 },
  { name: 'Care Basic', category: 'Support', listPrice: 2400, typicalQuantity: 1 },
  { name: 'Care Plus', category: 'Support', listPrice: 9600, typicalQuantity: 1 },
  { name: 'Label Roll', category: 'Supplies', listPrice: 12, typicalQuantity: 100 },
  { name: 'Battery', category: 'Supplies', listPrice: 35, typicalQuantity: 30 },
];

const segments: readonly SegmentProfile[] = [
  {
    label: 'Enterprise', weight: 10, meanLifetime: 1500, discount: [0.12, 0.25],
    channelWeights: [70, 25, 0, 5],
    productWeights: [14, 6, 8, 10, 6, 5, 10, 6, 9, 4, 8, 6, 4],
  },
  {
    label: 'Mid-Market', weight: 30, meanLifetime: 850, discount: [0.05, 0.15],
    channelWeights: [35, 40, 10, 15],
    productWeights: [14, 2, 8, 12, 10, 6, 6, 6, 5, 7, 3, 12, 9],
  },
  {
    label: 'SMB', weight: 60, meanLifetime: 480, discount: [0, 0.05],
    channelWeights: [5, 30, 45, 20],
    productWeights: [12, 0, 6, 10, 14, 6, 2, 5, 1, 8, 1, 20, 15],
  },
];

const reps: readonly Rep[] = [
  { name: '王磊', region: 0, joins: null, leaves: null },
  { name: '陈静', region: 0, joins: null, leaves: null },
  { name: '周杰', region: 0, joins: null, leaves: null },
  { name: '李娜', region: 1, joins: null, leaves: null },
  { name: '赵敏', region: 1, joins: null, leaves: null },
  { name: '张伟', region: 2, joins: null, leaves: null },
  { name: '刘洋', region: 2, joins: null, leaves: '2024-10-01' },
  { name: '黄丽', region: 2, joins: '2024-10-01', leaves: null },
  { name: '孙悦', region: 3, joins: null, leaves: null },
  { name: 'Emily Carter', region: 4, joins: null, leaves: null },
  { name: 'James Walker', region: 4, joins: null, leaves: null },
  { name: 'Olivia Brown', region: 4, joins: '2025-04-01', leaves: null },
  { name: 'Sophie Martin', region: 5, joins: null, leaves: null },
  { name: 'Lukas Becker', region: 5, joins: null, leaves: null },
];

const reassignments: readonly Reassignment[] = [
  { date: '2024-10-01', from: 6, to: 7, share: 1 },
  { date: '2025-04-01', from: 10, to: 11, share: 0.5 },
];

/** Company-name parts. */
const names = {
  zhTrade1: ['华', '鑫', '恒', '宏', '泰', '盛', '瑞', '嘉', '德', '中', '天', '金', '安', '博', '联', '汇', '远', '新', '东', '海'],
  zhTrade2: ['腾', '达', '源', '通', '信', '诚', '科', '力', '兴', '明', '昌', '辉', '晟', '宇', '邦', '创', '锐', '特', '美', '丰'],
  zhLegalForms: ['有限公司', '有限公司', '有限公司', '有限公司', '有限公司', '股份有限公司', '集团有限公司'],
  enStems: [
    'Northwind', 'Bluepeak', 'Redwood', 'Silverline', 'Ironbridge', 'Brightwater', 'Oakridge', 'Stonegate',
    'Clearpath', 'Highland', 'Riverside', 'Summit', 'Evergreen', 'Granite', 'Harbor', 'Lakeshore', 'Maple',
    'Crescent', 'Falcon', 'Pioneer', 'Keystone', 'Westfield', 'Eastgate', 'Sterling', 'Cobalt', 'Aurora',
    'Beacon', 'Cedar', 'Atlas', 'Meridian', 'Vanguard', 'Horizon', 'Juniper', 'Copperfield', 'Alder',
    'Blackstone', 'Greenway', 'Hawthorne', 'Kingsley', 'Larkspur', 'Norwood', 'Orchard', 'Pinecrest',
    'Quarry', 'Rosewood', 'Sandpiper', 'Thornbury', 'Upland', 'Valley', 'Whitmore', 'Windmill', 'Zenith',
    'Ashford', 'Bramble', 'Castle', 'Driftwood', 'Elmstead', 'Foxglove', 'Glacier', 'Heron',
  ],
  /** Surnames for partnership names such as "Carter, Reed & Co." (they need CSV quoting). */
  enSurnames: ['Carter', 'Reed', 'Hughes', 'Morgan', 'Fischer', 'Dubois', 'Jansen', 'Rossi', 'Walsh', 'Bennett', 'Keller', 'Novak'],
} as const;

export const CATALOG = { regions, industries, segments, channels, products, reps, reassignments, names } as const;
