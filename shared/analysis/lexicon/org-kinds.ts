/**
 * A body described by its kind instead of its name ("the airline", "the company", "الشركة", "la
 * compagnie"): speaker resolution sends the description to the latest organisation of that kind named
 * before. Each kind lists its description heads (the last word of the description) and the words a
 * body's name carries when it is of that kind ("Malaysia Airlines", "طيران الإمارات"); no name words
 * means any organisation fits ("the company" after "Apple"). Written as plain words; the code keys
 * them with tokenKey.
 */
export const ORG_KINDS: ReadonlyArray<{ heads: readonly string[]; nameWords: readonly string[] }> = [
  {
    heads: ['airline', 'carrier', 'compagnie', 'الناقلة', 'الناقل'],
    nameWords: ['airlines', 'airline', 'airways', 'air', 'aviation', 'aérienne', 'aériennes', 'الطيران', 'طيران', 'للطيران', 'الجوية', 'الجوي'],
  },
  { heads: ['bank', 'banque', 'البنك', 'المصرف'], nameWords: ['bank', 'banque', 'بنك', 'البنك', 'مصرف', 'المصرف'] },
  { heads: ['ministry', 'ministère', 'الوزارة'], nameWords: ['ministry', 'ministère', 'وزارة', 'الوزارة'] },
  { heads: ['company', 'firm', 'group', 'société', 'entreprise', 'groupe', 'الشركة', 'المجموعة'], nameWords: [] },
];
