import type { Bilingual } from '../lib/bilingual';

/** The plan documents cited by the data, by seed file name (for readable citations). */
export const SEEDS: Record<string, Bilingual> = {
  '000_062be593f0ca59e2.txt': { zh: '二七区“十四五”规划纲要', en: 'Erqi District 14th FYP outline' },
  '001_78a782e63aa22335.txt': { zh: '二七区2020年工作报道', en: 'Erqi work plan report (2020)' },
  '002_a0be71d4cb4e8638.txt': { zh: '中原区“十四五”规划纲要', en: 'Zhongyuan District 14th FYP outline' },
  '003_f6b26a26c27aa93e.txt': { zh: '郑州市“十四五”规划纲要', en: 'Zhengzhou 14th FYP outline' },
  '004_7726e0e1890838e6.txt': { zh: '二七区2021年规划报道', en: 'Erqi plan and projects report (2021)' },
};
