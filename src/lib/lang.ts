/** The two languages of the atlas: Chinese first, English second (texts in both: lib/bilingual.ts). */
export type Lang = 'zh' | 'en';
