import type { SpeakersLocale } from '../types.js';

export const speakers: SpeakersLocale = {
  titles: [
    'prezydent', 'premier', 'wicepremier', 'minister', 'wiceminister', 'ministra', 'rzecznik', 'rzeczniczka',
    'rzecznik prasowy', 'ambasador', 'ambasadorka', 'dyplomata', 'urzędnik', 'urzędniczka', 'przywódca', 'przywódczyni',
    'szef', 'szefowa', 'przewodniczący', 'przewodnicząca', 'dyrektor', 'dyrektorka', 'poseł', 'posłanka', 'senator',
    'generał', 'gen', 'sekretarz', 'doradca', 'doradczyni', 'ekspert', 'ekspertka', 'prezes', 'prezeska',
    'burmistrz', 'wojewoda', 'marszałek', 'kanclerz', 'król', 'dowódca', 'polityk', 'polityczka', 'analityk',
    'prokurator', 'sędzia', 'lider', 'liderka', 'szef dyplomacji', 'przedstawiciel', 'przedstawicielka', 'dr', 'prof',
  ],
  pronouns: { on: 'm', ona: 'f', oni: 'p', one: 'p', ono: 'n' },
  organizationWords: [
    'ministerstwo', 'msz', 'kreml', 'rząd', 'administracja', 'departament', 'urząd', 'agencja', 'rada', 'komisja',
    'komitet', 'partia', 'policja', 'armia', 'wojsko', 'sąd', 'parlament', 'sejm', 'senat', 'kongres', 'biały dom',
    'pentagon', 'fundacja', 'instytut', 'uniwersytet', 'spółka', 'firma', 'związek', 'organizacja', 'bank', 'duma', 'władze',
  ],
  mediaWords: [
    'gazeta', 'dziennik', 'agencja', 'agencja prasowa', 'portal', 'telewizja', 'stacja', 'tygodnik', 'radio', 'media',
    'tass', 'ria', 'interfax', 'reuters', 'pap', 'afp', 'bbc', 'cnn',
  ],
  nameDeclension: [
    ['owowi', 'ow'],
    ['owem', 'ow'],
    ['owie', 'ow'],
    ['owa', 'ow'],
    ['ewa', 'ew'],
    ['ewem', 'ew'],
    ['inem', 'in'],
    ['ina', 'in'],
    ['skiego', 'ski'],
    ['skiemu', 'ski'],
    ['skim', 'ski'],
    ['ckiego', 'cki'],
    ['ckim', 'cki'],
    ['em', ''],
    ['a', ''],
    ['owi', ''],
    ['ie', ''],
  ],
};
