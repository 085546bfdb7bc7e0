import type { RelationKind, TieKind } from '../../domain/records/network-people';
import type { ActorKind, CareKind, ReachKind, SupportLevel } from '../../domain/records/plan-actions';

/**
 * The worked case of day 5 of the training module ("De heer Frans van Noord"), as fictional demo
 * data: his household, part of his leefgebiedenkaart, his network and a plan with an own, a
 * network and a professional action. Days are counted from the day the demo is loaded.
 * Everything here is invented by the module's authors; it describes no real person.
 */

/** The content version the map entries are written under (a test keeps it equal to src/content's). */
export const DEMO_CONTENT_VERSION = '2026.1';

export const demoHousehold = {
  label: 'Demo – de heer F. van Noord (fictief)',
  members: 'De heer Frans van Noord (62), alleenstaand, astma en hartfalen. Zoon Harrie (15) woont niet bij hem.',
  reportedBy: 'Woningcorporatie',
  reportReason: 'Hij vertelde de woningcorporatie dat hij zich zo eenzaam voelt en dat niemand zich om hem bekommert, zelfs Harrie niet.',
  consent: 'gegeven',
};

export const demoMap: { subdomainId: string; experience: string; scoreResident: number; scoreWorker: number }[] = [
  { subdomainId: 'netwerk', experience: 'Voelt zich eenzaam. Alleen de vrijwilliger van de kerk is welkom.', scoreResident: 2, scoreWorker: 3 },
  { subdomainId: 'huisvesting', experience: 'Pizzadozen tot het plafond in de gang, "tegen het lawaai en de tocht".', scoreResident: 6, scoreWorker: 3 },
  { subdomainId: 'inkomen', experience: 'DWI-uitkering was 7 maanden geleden gestaakt; wantrouwt DWI sindsdien.', scoreResident: 5, scoreWorker: 4 },
  { subdomainId: 'schulden', experience: 'Betaalt de ziektekostenverzekering al een tijd niet.', scoreResident: 6, scoreWorker: 3 },
  { subdomainId: 'lichamelijk-functioneren', experience: 'Astma en hartfalen; voelt zich ziek en komt nauwelijks buiten.', scoreResident: 3, scoreWorker: 3 },
];

/** The scores at the first visit, a month earlier, kept as a moment of the map (progress over time). */
export const demoEarlierScores: { subdomainId: string; scoreResident: number; scoreWorker: number }[] = [
  { subdomainId: 'netwerk', scoreResident: 1, scoreWorker: 2 },
  { subdomainId: 'huisvesting', scoreResident: 7, scoreWorker: 2 },
  { subdomainId: 'inkomen', scoreResident: 3, scoreWorker: 3 },
];

export type DemoPersonKey = 'harrie' | 'kerk' | 'jan' | 'esme' | 'dwi' | 'spirit';

export const demoNetwork: Record<DemoPersonKey, { name: string; relation: RelationKind; tie: TieKind; gives?: string[]; note?: string; phone?: string }> = {
  harrie: { name: 'Harrie (zoon, 15)', relation: 'familie', tie: 'verbroken', note: 'Geen contact. Hij zou Harrie zo graag zien.' },
  kerk: { name: 'Vrijwilliger van de kerk', relation: 'vrijwilliger', tie: 'sterk', gives: ['Praktisch', 'Gezelschap'], note: 'Doet één keer per week boodschappen.', phone: '06-00000001' },
  jan: { name: 'Jan (kernteam)', relation: 'professional', tie: 'zwak', note: 'Er lijkt een klik te zijn.', phone: '06-00000002' },
  esme: { name: 'Esmé (kernteam)', relation: 'professional', tie: 'gespannen', note: 'Hij vertrouwt Esmé niet.' },
  dwi: { name: 'DWI', relation: 'professional', tie: 'gespannen', gives: ['Advies'] },
  spirit: { name: 'Spirit', relation: 'professional', tie: 'zwak', note: 'Kent Harrie.' },
};

/** Who was in the network at the first visit, a month earlier ("toen"). */
export const demoEarlierNetwork: { key: DemoPersonKey; tie: TieKind }[] = [
  { key: 'harrie', tie: 'verbroken' },
  { key: 'kerk', tie: 'sterk' },
  { key: 'dwi', tie: 'verbroken' },
];

export interface DemoAction {
  what: string;
  whoKind: ActorKind;
  who?: DemoPersonKey;
  inDays: number;
  monitor?: string;
  supportLevel: SupportLevel;
  care: CareKind;
  reach: ReachKind;
}

export const demoGoals: { words: string; subdomains: string[]; actions: DemoAction[] }[] = [
  {
    words: 'Ik wil mijn zoon Harrie zo graag weer zien.',
    subdomains: ['netwerk', 'psychisch-functioneren'],
    actions: [
      { what: 'Opschrijven wat ik tegen Harrie wil zeggen.', whoKind: 'bewoner', inDays: 7, supportLevel: 'faciliteren', care: 'informeel', reach: 'individueel' },
      {
        what: 'Spirit vragen of zij, omdat zij Harrie kennen, een eerste contact kunnen leggen.',
        whoKind: 'professional',
        who: 'spirit',
        inDays: 28,
        monitor: 'Jan (kernteam)',
        supportLevel: 'ondersteunen',
        care: 'formeel',
        reach: 'individueel',
      },
    ],
  },
  {
    words: 'Mijn verzekering weer betalen, maar ik wil het in eigen hand houden.',
    subdomains: ['schulden', 'inkomen'],
    actions: [
      { what: 'Samen met hem de post van de verzekering openen bij de boodschappen.', whoKind: 'netwerk', who: 'kerk', inDays: -3, supportLevel: 'faciliteren', care: 'informeel', reach: 'individueel' },
      { what: 'DWI legt uit wat automatisch inhouden betekent; hij beslist zelf.', whoKind: 'professional', who: 'dwi', inDays: 14, supportLevel: 'ondersteunen', care: 'formeel', reach: 'individueel' },
    ],
  },
];

export const demoRegisseur = { toName: 'Jan', toOrganisation: 'Kernteam', note: 'Hij wil nog wel met Jan verder, niet met Esmé.' };
