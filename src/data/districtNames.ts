/** Zhengzhou's 12 county-level divisions: Chinese name → ascii id and English name. */
export const DISTRICT_NAMES: Record<string, { id: string; nameEn: string }> = {
  中原区: { id: 'zhongyuan', nameEn: 'Zhongyuan District' },
  二七区: { id: 'erqi', nameEn: 'Erqi District' },
  管城回族区: { id: 'guancheng', nameEn: 'Guancheng Hui District' },
  金水区: { id: 'jinshui', nameEn: 'Jinshui District' },
  惠济区: { id: 'huiji', nameEn: 'Huiji District' },
  上街区: { id: 'shangjie', nameEn: 'Shangjie District' },
  中牟县: { id: 'zhongmou', nameEn: 'Zhongmou County' },
  登封市: { id: 'dengfeng', nameEn: 'Dengfeng' },
  巩义市: { id: 'gongyi', nameEn: 'Gongyi' },
  荥阳市: { id: 'xingyang', nameEn: 'Xingyang' },
  新密市: { id: 'xinmi', nameEn: 'Xinmi' },
  新郑市: { id: 'xinzheng', nameEn: 'Xinzheng' },
};
