import type { SpeakersLocale } from '../types.js';

export const speakers: SpeakersLocale = {
  titles: [
    'president', 'vice president', 'prime minister', 'minister', 'deputy minister', 'foreign minister', 'secretary',
    'press secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'official', 'officials',
    'senator', 'sen', 'congressman', 'congresswoman', 'rep', 'governor', 'gov', 'mayor', 'chancellor', 'king', 'queen',
    'prince', 'leader', 'chairman', 'chairwoman', 'chair', 'chief', 'director', 'head', 'ambassador', 'envoy',
    'diplomat', 'general', 'gen', 'admiral', 'colonel', 'commander', 'judge', 'justice', 'attorney', 'lawyer',
    'prosecutor', 'candidate', 'nominee', 'adviser', 'advisor', 'aide', 'analyst', 'expert', 'professor', 'dr',
    'mr', 'mrs', 'ms', 'ceo', 'founder', 'executive', 'manager', 'coach', 'pope', 'bishop', 'sheriff', 'officer',
    'economist', 'strategist', 'pollster', 'campaign manager', 'speaker', 'deputy', 'lawmaker', 'legislator',
  ],
  pronouns: { he: 'm', she: 'f', they: 'p', it: 'n', we: 'p', i: 'p' },
  organizationWords: [
    'ministry', 'kremlin', 'government', 'administration', 'department', 'office', 'agency', 'council', 'committee',
    'commission', 'party', 'campaign', 'police', 'army', 'military', 'court', 'parliament', 'congress', 'senate',
    'white house', 'pentagon', 'state department', 'foundation', 'institute', 'university', 'company', 'group',
    'union', 'organization', 'association', 'bank', 'corporation', 'duma', 'cabinet', 'authorities',
  ],
  mediaWords: [
    'newspaper', 'paper', 'agency', 'news agency', 'broadcaster', 'magazine', 'outlet', 'channel', 'network',
    'times', 'post', 'herald', 'journal', 'tribune', 'guardian', 'telegraph', 'reuters', 'tass', 'ria', 'interfax',
    'bloomberg', 'cnn', 'bbc', 'nbc', 'cbs', 'abc', 'fox', 'politico', 'axios', 'associated press', 'afp', 'media',
  ],
  nameDeclension: [
    ['’s', ''],
    ["'s", ''],
    ['’', ''],
  ],
};
